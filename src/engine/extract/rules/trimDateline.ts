import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import type { Span } from '../../types';
import { lowerBound } from './indexes';
import { tokenAt, type Rule } from './rule';

/** News agencies whose name in brackets makes a dateline: "WASHINGTON (AP) —". */
const AGENCY = /^(?:AP|AFP|Reuters|CNN|UPI|Bloomberg|dpa|Xinhua|TASS|ANI|PTI|IANS|EFE|ANSA|Kyodo)$/;
const DASH = /^(?:—|–|-|--)$/;
/** How far into its line a dateline's bracket may stand: "Dec 29 (Reuters)", "SAN JUAN, Puerto Rico (AP)". */
const MAX_PLACE = 8;

/** The datelines of a block, in text order: where each starts (its line's start), where it ends (its dash's end), and the offset of the token after it. */
interface Datelines {
  starts: number[];
  ends: number[];
  next: number[];
}

function datelines(doc: FeatureDoc): Datelines {
  const { tokens } = doc;
  const out: Datelines = { starts: [], ends: [], next: [] };
  let lineStart = 0;
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens[i].newlineBefore) lineStart = i;
    if (tokens[i].text !== '(' || i - lineStart > MAX_PLACE || !AGENCY.test(tokens[i + 1].text) || tokens[i + 2].text !== ')' || !DASH.test(tokens[i + 3].text)) continue;
    out.starts.push(tokens[lineStart].start);
    out.ends.push(tokens[i + 3].end);
    out.next.push(tokens[i + 4].start);
  }
  return out;
}

/** The part of a span after a dateline it runs into (the span itself when it meets none), or undefined when it is all dateline. */
function after(s: Span, d: Datelines): Span | undefined {
  // The first dateline that ends after the span starts: the only one that can overlap its start.
  const k = lowerBound(d.ends, s.start + 1);
  if (k >= d.ends.length || d.starts[k] >= s.end) return s;
  return s.end <= d.next[k] ? undefined : { start: Math.max(s.start, d.next[k]), end: s.end };
}

/**
 * "WASHINGTON (AP) — Mayor Ana Reyes said …": a dateline is no part of a
 * source or a content; a source that is all dateline is none.
 */
function trim(doc: FeatureDoc, a: RawAttribution, d: Datelines): RawAttribution {
  if (d.starts.length === 0) return a;
  let changed = false;
  const content: Span[] = [];
  for (const c of a.content) {
    const t = after(c, d);
    if (t !== c) changed = true;
    if (t) content.push(t);
  }
  let { source, sourceFirst, sourceLast } = a;
  if (source) {
    const t = after(source, d);
    if (t !== source) {
      changed = true;
      source = t;
      sourceFirst = t ? tokenAt(doc, t.start) : undefined;
      sourceLast = t ? sourceLast : undefined;
    }
  }
  return changed ? { ...a, source, sourceFirst, sourceLast, content } : a;
}

export const trimDateline: Rule<Datelines> = {
  name: 'trim-dateline',
  description: '"WASHINGTON (AP) — Mayor Reyes said …": the dateline is no part of a source or a content; a source that is all dateline is none.',
  prepare: (doc) => datelines(doc),
  apply: trim,
};
