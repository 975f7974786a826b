import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { LAYOUT_LINES } from '../../lexicon/layoutLabels';
import { lineFacts, type LineFacts } from './lineFacts';
import type { Rule } from './rule';

/** Longer lines are text, not furniture (and are never matched). */
const MAX_LINE = 400;

interface State {
  lines: LineFacts;
  /** Per line (by its first token): is it layout? Each line is tested once. */
  layout: Map<number, boolean>;
}

/**
 * A line of page furniture holds no claim: a photo credit or a caption that
 * ends with one ("(AP Photo/Evan Vucci)"), "Article continues below", a
 * byline, "Follow us on Twitter", "Copyright 2016 …", "This article was
 * updated at 3 p.m.". A note headed "Correction:" or "Update:" is not
 * dropped as a whole: it may report what someone said.
 */
function drop(_doc: FeatureDoc, a: RawAttribution, state: State | undefined): RawAttribution {
  if (!state || a.content.length === 0) return a;
  const line = state.lines.first[a.cueFirst];
  let layout = state.layout.get(line);
  if (layout === undefined) {
    const text = state.lines.text(a.cueFirst, MAX_LINE);
    layout = text !== undefined && isLayoutLine(text);
    state.layout.set(line, layout);
  }
  return layout ? { ...a, content: [] } : a;
}

export const dropLayoutLines: Rule<State | undefined> = {
  name: 'drop-layout-lines',
  description: 'A line of page furniture holds no claim: "(AP Photo/Evan Vucci)", "Article continues below", "By Jane Doe, Staff Writer", "Follow us on Twitter".',
  prepare: (doc, all) => (all.length ? { lines: lineFacts(doc), layout: new Map() } : undefined),
  apply: drop,
};

/** A line of page furniture: the patterns that end with a closing bracket run only on lines that do (a long line of prose costs a scan per pattern otherwise). */
function isLayoutLine(text: string): boolean {
  const bracket = text.trimEnd().endsWith(')');
  return LAYOUT_LINES.some((re) => (bracket || !re.source.endsWith('\\)\\s*$')) && re.test(text));
}
