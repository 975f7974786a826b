import type { WordnetTable } from './wordnetClass';

/** The hashes of one token text, and its word class. */
export interface WordHashes {
  cls: string;
  /** Kind of predicate in the cue lexicon, 0 if none. */
  lex: number;
  w: number;
  s: number;
  sh: number;
  suf: number;
  cl: number;
  /** CLAUSE | SUBJECT | CLOSES | OPENS. */
  flags: number;
  /** The word's WordNet code in `wnTable`, the table it was last looked up in. */
  wn: number;
  wnTable?: WordnetTable;
  /** The cue tagger's scores of the word-only features, and the model they are from (scoreParts.ts). */
  scores?: Float64Array;
  scoredBy?: object;
}
