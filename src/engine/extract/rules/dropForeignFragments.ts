import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { contentsBySentence, lowerBound, type SentenceContents } from './indexes';
import { tokenAt, type Rule } from './rule';

/**
 * “Q,” she said — a fragment in another sentence that is the content of that
 * sentence's own attribution is not this claim's.
 */
function dropFragments(doc: FeatureDoc, a: RawAttribution, contents: SentenceContents): RawAttribution {
  if (a.content.length < 2) return a;
  const { tokens } = doc;
  const own = tokens[a.cueFirst].sentence;
  const kept = a.content.filter((f) => {
    const i = tokenAt(doc, f.start);
    if (i < 0 || tokens[i].sentence === own) return true;
    // a's own contents are listed under its own sentence, never under this one.
    const there = contents.get(tokens[i].sentence);
    if (!there) return true;
    // Spans starting before f ends; one of them overlaps f when the furthest of their ends passes f's start.
    const n = lowerBound(there.starts, f.end);
    return !(n > 0 && there.reach[n - 1] > f.start);
  });
  return kept.length === a.content.length || kept.length === 0 ? a : { ...a, content: kept };
}

export const dropForeignFragments: Rule<SentenceContents> = {
  name: 'drop-foreign-fragments',
  description: '“Q,” she said — a fragment in another sentence that is the content of that sentence\'s own attribution is not this claim\'s.',
  // Only attributions with several content spans can hold a foreign fragment.
  prepare: (doc, all) => (all.some((a) => a.content.length > 1) ? contentsBySentence(doc, all) : new Map()),
  apply: dropFragments,
};
