import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { span, type Rule } from './rule';

const SUBORDINATOR = /^(after|before|when|as|while|because|since|although|though|until|once)$/;

/**
 * For each attribution (in cue order), the last earlier one with a source in
 * the same sentence whose cue starts before it (attributions whose cues start
 * at the same token do not see each other).
 */
function previousWithSource(doc: FeatureDoc, all: RawAttribution[]): (RawAttribution | undefined)[] {
  const lastWithSource = new Map<number, RawAttribution>();
  const out: (RawAttribution | undefined)[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].cueFirst === all[i].cueFirst) j++;
    const sentence = doc.tokens[all[i].cueFirst].sentence;
    for (let k = i; k < j; k++) out.push(lastWithSource.get(sentence));
    for (let k = i; k < j; k++) if (all[k].source) lastWithSource.set(sentence, all[k]);
    i = j;
  }
  return out;
}

/**
 * "He said …, warning Paris …", "after accusing it of …": a participle with no
 * subject of its own shares the subject of its clause.
 */
function fix(doc: FeatureDoc, a: RawAttribution, prev: RawAttribution | undefined): RawAttribution {
  const { tokens } = doc;
  if (a.source || !/ing$/.test(tokens[a.cueFirst].lower)) return a;
  const sentence = tokens[a.cueFirst].sentence;
  if (prev) return { ...a, source: prev.source, sourceFirst: prev.sourceFirst, sourceLast: prev.sourceLast };
  // The subject of the clause it hangs from: "after Tirana cut ties … after accusing it".
  const first = doc.sentences[sentence].first;
  for (let i = a.cueFirst - 2; i > first; i--) {
    if (!SUBORDINATOR.test(tokens[i - 1].lower) || !/^\p{Lu}/u.test(tokens[i].text) || tokens[i].kind !== 'word') continue;
    let last = i + 1;
    while (last < a.cueFirst && /^\p{Lu}/u.test(tokens[last].text) && tokens[last].kind === 'word') last++;
    return { ...a, source: span(doc, i, last), sourceFirst: i, sourceLast: last };
  }
  return a;
}

export const sharedSubject: Rule<(RawAttribution | undefined)[]> = {
  name: 'shared-subject',
  description: '"He said …, warning Paris …", "after accusing it of …": a participle with no subject of its own shares the subject of its clause.',
  prepare: previousWithSource,
  apply: (doc, a, previous, i) => fix(doc, a, previous[i]),
};
