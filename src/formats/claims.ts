import type { Analysis, Claim, Span } from '../engine/index';
import { mapSpan, type ProseMap, sameFootprint } from './proseMap';

/**
 * The last claim mapped from each engine claim, with the footprint of the map
 * it was mapped by: kept while its spans map to the same places (the Analyzer
 * reuses claims across edits; so do the verdict matcher's caches).
 */
const lastMapped = new WeakMap<Claim, { mapped: Claim; footprint?: readonly unknown[] }>();

/** What mapping claim `c` reads of the map: the chunks of its range and of its speaker's mention. */
function footprintOf(c: Claim, map: ProseMap): readonly unknown[] | undefined {
  if (!map.footprint) return undefined;
  const own = map.footprint(c.range.start, c.range.end);
  return c.speaker?.from ? [...own, ...map.footprint(c.speaker.from.start, c.speaker.from.end)] : own;
}

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const sameAll = (a: Span[], b: Span[]) => a.length === b.length && a.every((s, i) => same(s, b[i]));

/**
 * A claim of the prose as a claim of the file: every span (cue, source,
 * content, range, the speaker's antecedent, signals) mapped to the source
 * range from its first to its last character; the texts (cueText,
 * sourceText, contentText, the speaker's name, signals' text) stay prose, so
 * the file's text at a span, its markup removed, is the claim's text.
 */
export function mapClaim(c: Claim, map: ProseMap): Claim {
  if (map.identity) return c;
  const footprint = footprintOf(c, map);
  const last = lastMapped.get(c);
  // The same claim of the prose, over the same chunks at the same places: the same claim of the file, without mapping it again.
  if (last?.footprint && footprint && sameFootprint(last.footprint, footprint)) return last.mapped;
  const mapped = mapFresh(c, map, last?.mapped);
  lastMapped.set(c, { mapped, footprint });
  return mapped;
}

function mapFresh(c: Claim, map: ProseMap, last: Claim | undefined): Claim {
  const span = (s: Span) => mapSpan(map, s);
  const mapped: Claim = {
    ...c,
    cue: c.cue.map(span),
    content: c.content.map(span),
    range: span(c.range),
    signals: c.signals.map((s) => ({ ...s, span: span(s.span) })),
  };
  if (c.source) mapped.source = span(c.source);
  if (c.speaker) mapped.speaker = c.speaker.from ? { ...c.speaker, from: span(c.speaker.from) } : c.speaker;
  if (last && sameAll(last.cue, mapped.cue) && sameAll(last.content, mapped.content) && same(last.range, mapped.range)
    && (last.source === mapped.source || (last.source && mapped.source && same(last.source, mapped.source)))
    && sameAll(last.signals.map((s) => s.span), mapped.signals.map((s) => s.span))
    && last.speaker?.from?.start === mapped.speaker?.from?.start && last.speaker?.from?.end === mapped.speaker?.from?.end) return last;
  return mapped;
}

/** An analysis of the prose as one of the file (the same object for plain text). */
export function mapAnalysis(a: Analysis, map: ProseMap): Analysis {
  if (map.identity) return a;
  return { ...a, claims: a.claims.map((c) => mapClaim(c, map)) };
}
