import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { stem } from '../../lexicon/stem';
import { span, type Rule } from './rule';

/** "told Reuters" → "told": the addressee is not part of the cue. */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  if (a.cueLast - a.cueFirst < 2 || stem(doc.tokens[a.cueFirst].lower) !== 'tell') return a;
  return { ...a, cueLast: a.cueFirst + 1, cue: span(doc, a.cueFirst, a.cueFirst + 1) };
}

export const trimTold: Rule = {
  name: 'trim-told',
  description: '"told Reuters" → "told": the addressee is not part of the cue.',
  apply: fix,
};
