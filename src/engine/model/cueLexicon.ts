import { CUE_FEATURE_KINDS } from '../lexicon/predicates';
import { stem } from '../lexicon/stem';

const lexicon = new Map<string, number>();
for (const [kind, words] of CUE_FEATURE_KINDS) for (const w of words.split(' ')) if (!lexicon.has(stem(w))) lexicon.set(stem(w), kind);

/** The kind of predicate a stem can be (0: none of them), for the cue model's features (lexicon/predicates.ts). */
export function cueLexiconKind(wordStem: string): number {
  return lexicon.get(wordStem) ?? 0;
}
