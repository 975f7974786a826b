/**
 * Word classes from compromise's lexicon, without compromise: training stores
 * the lexicon in the cue model's header (src/tools/train/lexicon.ts) and loading the
 * models installs it here.
 */

/** Tag list ("PastTense", "Plural,Actor") → the words that carry it, space-separated. */
export type LexiconTable = Record<string, string>;

/** word → one tag, or several. */
let lexicon: Map<string, string | string[]> | undefined;
let installed: LexiconTable | undefined;

/** Makes `table` the lexicon that word classes are read from (once per table). */
export function installLexicon(table: LexiconTable): void {
  if (table === installed) return;
  const map = new Map<string, string | string[]>();
  for (const [key, words] of Object.entries(table)) {
    const tag = key.includes(',') ? key.split(',') : key;
    for (const w of words.split(' ')) map.set(w, tag);
  }
  lexicon = map;
  installed = table;
}

function lex(): Map<string, string | string[]> {
  if (!lexicon) throw new Error('Claim Lens word lexicon is not installed: load the models first (setDefaultModels)');
  return lexicon;
}

/** All of the lexicon's tags for a lower-cased word ("iranian" → ["Demonym"]). */
export function lexiconTags(lower: string): string[] {
  const tag = lex().get(lower);
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/**
 * A context-free word class from the lexicon ("said" → PastTense,
 * "the" → Determiner), or a guess from the word's form when it is not listed.
 * A cheap stand-in for part-of-speech tags: one lookup, no parse.
 */
export function wordClass(lower: string, text: string): string {
  const tag = lex().get(lower);
  if (typeof tag === 'string') return tag;
  if (/^\p{Lu}/u.test(text)) return 'Cap';
  if (/^\d/.test(lower)) return 'Num';
  if (!/\p{L}/u.test(lower)) return 'P';
  const m = /(ed|ing|ly|ion|ions|ment|ity|ies|es|s|er|ers|est|al|ive|ous|ful|ic|ist|ists)$/.exec(lower);
  return m ? '-' + m[1] : 'x';
}
