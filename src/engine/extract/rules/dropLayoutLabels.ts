import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { KICKER_WORD, LAYOUT_LABEL } from '../../lexicon/layoutLabels';
import { lineFacts, type LineFacts } from './lineFacts';
import type { Rule } from './rule';

/** The longest label read (characters): "Editor's note", "Related coverage". */
const MAX_LABEL = 40;

/**
 * "Editor's note: …", "Email: desk@…", "See also: …", "Photo: …": a colon
 * after a layout label introduces page furniture, not words someone said.
 * So does a headline's kicker ("Stealth Over Health: …", "Big Win For
 * Bernie: …"). The label is what stands between the start of the colon's
 * line (or sentence, when later) and the colon.
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
  const written = doc.text.slice(start, tokens[colon].start).replace(/^[\s“"‘'*•·▪►>–—-]+/, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  if (LAYOUT_LABEL.test(written.toLowerCase())) return { ...a, content: [] };
  // A kicker is headline case: its verb or preposition is capitalised too ("Stealth Over Health", not "Here's Clinton in 1992").
  const words = written.split(' ');
  const kicker = words.length >= 3 && words.slice(1).some((w) => /^\p{Lu}/u.test(w) && KICKER_WORD.test(w.toLowerCase()));
  // Only a bare colon: "Truss was quoted as saying: …" is a cue of its own.
  return kicker && a.cueLast - a.cueFirst === 1 ? { ...a, content: [] } : a;
}

export const dropLayoutLabels: Rule<LineFacts | undefined> = {
  name: 'drop-layout-labels',
  description: '"Editor\'s note: …", "Email: desk@…", "See also: …", "Stealth Over Health: …": a colon after a layout label or a headline kicker introduces no claim.',
  // Only a colon cue asks for the lines.
  prepare: (doc, all) => (all.some((a) => doc.tokens[a.cueLast - 1].text === ':') ? lineFacts(doc) : undefined),
  apply: drop,
};
