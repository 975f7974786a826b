import type { Analysis, Claim, Span } from '../engine/index';
import { mapSpan, type ProseMap } from './proseMap';

/** The last claim mapped from each engine claim: kept while its spans map to the same places (the Analyzer reuses claims across edits; so do the verdict matcher's caches). */
const lastMapped = new WeakMap<Claim, Claim>();

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
  const last = lastMapped.get(c);
  if (last && sameAll(last.cue, mapped.cue) && sameAll(last.content, mapped.content) && same(last.range, mapped.range)
    && (last.source === mapped.source || (last.source && mapped.source && same(last.source, mapped.source)))
    && sameAll(last.signals.map((s) => s.span), mapped.signals.map((s) => s.span))
    && last.speaker?.from?.start === mapped.speaker?.from?.start && last.speaker?.from?.end === mapped.speaker?.from?.end) return last;
  lastMapped.set(c, mapped);
  return mapped;
}

/** An analysis of the prose as one of the file (the same object for plain text). */
export function mapAnalysis(a: Analysis, map: ProseMap): Analysis {
  if (map.identity) return a;
  return { ...a, claims: a.claims.map((c) => mapClaim(c, map)) };
}
