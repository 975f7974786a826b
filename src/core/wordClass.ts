import nlp from 'compromise';

let lexicon: Record<string, string | string[]> | undefined;

function lex(): Record<string, string | string[]> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon;
}

/** All of compromise's lexicon tags for a lower-cased word ("iranian" → ["Demonym"]), without a parse. */
export function lexiconTags(lower: string): string[] {
  const tag = lex()[lower];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/**
 * A context-free word class from compromise's lexicon ("said" → PastTense,
 * "the" → Determiner), or a guess from the word's form when it is not listed.
 * A cheap stand-in for part-of-speech tags: one lookup, no parse.
 */
export function wordClass(lower: string, text: string): string {
  const tag = lex()[lower];
  if (typeof tag === 'string') return tag;
  if (/^\p{Lu}/u.test(text)) return 'Cap';
  if (/^\d/.test(lower)) return 'Num';
  if (!/\p{L}/u.test(lower)) return 'P';
  const m = /(ed|ing|ly|ion|ions|ment|ity|ies|es|s|er|ers|est|al|ive|ous|ful|ic|ist|ists)$/.exec(lower);
  return m ? '-' + m[1] : 'x';
}
