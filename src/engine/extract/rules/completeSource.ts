import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { span, type Rule } from './rule';

const DANGLING = /^(a|an|the|this|that|these|those|of|by|from|for|and|or|at|in|on|with|to)$/i;

/**
 * "a report by Iranian state television reiterated": a source cut off after a
 * determiner or preposition runs on to the cue.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.sourceFirst === undefined || a.sourceLast === undefined || a.sourceLast > a.cueFirst) return a;
  if (!DANGLING.test(tokens[a.sourceLast - 1].text)) return a;
  let last = a.sourceLast;
  while (last < a.cueFirst && tokens[last].kind !== 'punct') last++;
  if (last !== a.cueFirst) return a;
  return { ...a, source: span(doc, a.sourceFirst, last), sourceLast: last };
}

export const completeSource: Rule = {
  name: 'complete-source',
  description: '"a report by Iranian state television reiterated": a source cut off after a determiner or preposition runs on to the cue.',
  apply: fix,
};
