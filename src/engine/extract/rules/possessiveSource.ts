import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { POSSESSED_CUES } from '../../lexicon/predicates';
import { span, type Rule } from './rule';

/** "Tehran’s claim that …", "the mayor's claim": the possessor is the source. */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.cueLast - a.cueFirst !== 1 || !POSSESSED_CUES.has(tokens[a.cueFirst].lower)) return a;
  const owner = a.cueFirst - 1;
  if (owner < 0 || !/['’]s$|s['’]$|^(his|her|their|its)$/i.test(tokens[owner].text)) return a;
  const sentenceFirst = doc.sentences[tokens[owner].sentence].first;
  // "’s" is a token of its own: the owner's head word stands before it.
  let first = /^['’]s$|^['’]$/.test(tokens[owner].text) && owner > sentenceFirst ? owner - 1 : owner;
  while (first > sentenceFirst && owner - first < 6 && /^\p{Lu}/u.test(tokens[first - 1].text) && tokens[first - 1].kind === 'word') first--;
  if (first > sentenceFirst && /^(the|a|an)$/i.test(tokens[first - 1].text)) first--;
  return { ...a, source: span(doc, first, owner + 1), sourceFirst: first, sourceLast: owner + 1 };
}

export const possessiveSource: Rule = {
  name: 'possessive-source',
  description: '"Tehran’s claim that …", "the mayor\'s claim": the possessor is the source.',
  apply: fix,
};
