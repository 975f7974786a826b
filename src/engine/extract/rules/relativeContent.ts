import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { span, tokenAt, type Rule } from './rule';

const RELATIVE = /^(which|that|who|what|something|whom)$/i;

/**
 * "…, which Tehran says amounts to …": the relative pronoun is not part of the
 * content; when it is all the tagger found, the content is the clause after the cue.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  const only = (c: { start: number; end: number }) => {
    const i = tokenAt(doc, c.start);
    return i >= 0 && tokens[i].end === c.end && RELATIVE.test(tokens[i].text);
  };
  const kept = a.content.filter((c) => !only(c));
  if (kept.length === a.content.length) return a;
  if (kept.length > 0) return { ...a, content: kept };
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let last = a.cueLast;
  while (last < sentence.last && !/^[,;.:!?]$/.test(tokens[last].text)) last++;
  return { ...a, content: last > a.cueLast ? [span(doc, a.cueLast, last)] : [] };
}

export const relativeContent: Rule = {
  name: 'relative-content',
  description: '"…, which Tehran says amounts to …": the relative pronoun is not part of the content; when it is all the tagger found, the content is the clause after the cue.',
  apply: fix,
};
