import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { span, type Rule } from './rule';

const isStop = (text: string) => /^[,.;:!?()\[\]—–]$/.test(text) || text === '...' || text === '…';

/** "according to X, Y" and "Y, according to X": the source is the phrase after the cue. */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (tokens[a.cueFirst].lower !== 'according' || a.cueLast - a.cueFirst !== 2) return a;
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let out = a;
  let end = a.cueLast;
  while (end < sentence.last && end - a.cueLast < 15 && !isStop(tokens[end].text) && doc.quoteOf[end] < 0) end++;
  if (end === a.cueLast) return a;
  const source = span(doc, a.cueLast, end);
  out = { ...out, source, sourceFirst: a.cueLast, sourceLast: end };
  {
    let first: number;
    let last: number;
    if (a.cueFirst === sentence.first) {
      // According to X, Y.
      first = end;
      while (first < sentence.last && tokens[first].text === ',') first++;
      last = sentence.last;
    } else {
      // Y, according to X.
      first = sentence.first;
      last = a.cueFirst;
      while (last > first && tokens[last - 1].text === ',') last--;
    }
    while (last > first && /^[.!?]$/.test(tokens[last - 1].text)) last--;
    out = { ...out, content: last > first ? [span(doc, first, last)] : [] };
  }
  return out;
}

export const accordingTo: Rule = {
  name: 'according-to',
  description: '"according to X, Y" and "Y, according to X": the source is the phrase after the cue.',
  apply: fix,
};
