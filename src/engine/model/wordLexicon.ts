import type { WordHashes } from './wordHashes';

/**
 * Word classes from compromise's lexicon, without compromise: training stores
 * the lexicon in the cue model's header (src/tools/train/lexicon.ts); the
 * Models value built from the model files holds one of these.
 */

/** Tag list ("PastTense", "Plural,Actor") → the words that carry it, space-separated. */
export type LexiconTable = Record<string, string>;

export class WordLexicon {
  /** word → one tag, or several. */
  private readonly map = new Map<string, string | string[]>();
  /** What the features read of each token text, hashed once for this lexicon (src/engine/model/wordFeatures.ts). */
  readonly hashes = new Map<string, WordHashes>();

  constructor(readonly table: LexiconTable) {
    for (const [key, words] of Object.entries(table)) {
      const tag = key.includes(',') ? key.split(',') : key;
      for (const w of words.split(' ')) this.map.set(w, tag);
    }
  }

  /** All of the lexicon's tags for a lower-cased word ("iranian" → ["Demonym"]). */
  tags(lower: string): string[] {
    const tag = this.map.get(lower);
    return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
  }

  /**
   * A context-free word class from the lexicon ("said" → PastTense,
   * "the" → Determiner), or a guess from the word's form when it is not listed.
   * A cheap stand-in for part-of-speech tags: one lookup, no parse.
   */
  wordClass(lower: string, text: string): string {
    const tag = this.map.get(lower);
    if (typeof tag === 'string') return tag;
    if (/^\p{Lu}/u.test(text)) return 'Cap';
    if (/^\d/.test(lower)) return 'Num';
    if (!/\p{L}/u.test(lower)) return 'P';
    const m = /(ed|ing|ly|ion|ions|ment|ity|ies|es|s|er|ers|est|al|ive|ous|ful|ic|ist|ists)$/.exec(lower);
    return m ? '-' + m[1] : 'x';
  }
}
