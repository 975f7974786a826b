import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { LAYOUT_LABEL } from '../../lexicon/layoutLabels';
import { lineFacts, type LineFacts } from './lineFacts';
import type { Rule } from './rule';

/** The longest label read (characters): "Editor's note", "Related coverage". */
const MAX_LABEL = 40;

/**
 * "Editor's note: …", "Email: desk@…", "See also: …", "Photo: …": a colon
 * after a layout label introduces page furniture, not words someone said.
 * The label is what stands between the start of the colon's line (or
 * sentence, when later) and the colon.
 */
function drop(doc: FeatureDoc, a: RawAttribution, lines: LineFacts | undefined): RawAttribution {
  if (!lines || a.content.length === 0) return a;
  const { tokens } = doc;
  const colon = a.cueLast - 1;
  if (tokens[colon].text !== ':') return a;
  const from = Math.max(lines.first[colon], doc.sentences[tokens[colon].sentence].first);
  if (from >= colon) return a;
  const start = tokens[from].start;
  if (tokens[colon].start - start > MAX_LABEL + 4) return a;
  const label = doc.text.slice(start, tokens[colon].start).replace(/^[\s“"‘'*•·▪►>–—-]+/, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  return LAYOUT_LABEL.test(label) ? { ...a, content: [] } : a;
}

export const dropLayoutLabels: Rule<LineFacts | undefined> = {
  name: 'drop-layout-labels',
  description: '"Editor\'s note: …", "Email: desk@…", "See also: …", "Photo: …": a colon after a layout label introduces page furniture, not a claim.',
  // Only a colon cue asks for the lines.
  prepare: (doc, all) => (all.some((a) => doc.tokens[a.cueLast - 1].text === ':') ? lineFacts(doc) : undefined),
  apply: drop,
};
