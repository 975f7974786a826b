import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { OWN_STORY } from '../../lexicon/layoutLabels';
import type { Rule } from './rule';

/** Longer sources are never only "an earlier version of this article". */
const MAX_SOURCE = 60;

/**
 * "Correction: An earlier version of this story said the vote was on
 * Monday": what the article itself said, in its own correction, is no claim
 * to check.
 */
function drop(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const s = a.source;
  if (!s || a.content.length === 0 || s.end - s.start > MAX_SOURCE) return a;
  return OWN_STORY.test(doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()) ? { ...a, content: [] } : a;
}

export const dropOwnStory: Rule = {
  name: 'drop-own-story',
  description: '"An earlier version of this story said the vote was on Monday": the article\'s own correction is no claim to check.',
  apply: drop,
};
