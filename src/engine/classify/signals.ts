import type { Signal, SignalKind, Span } from '../types';

const NUMBER_WORDS = 'hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent|per cent';
const PATTERNS: [SignalKind, RegExp][] = [
  ['figure', new RegExp(String.raw`[$€£¥]\s?\d[\d,.]*(?:\s(?:million|billion|trillion|thousand))?|\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d[\d,.]*(?:\s(?:million|billion|trillion|thousand))?\b|\b(?:${NUMBER_WORDS})\b`, 'giu')],
  ['date', /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d|(?:last|next|this)\s+(?:week|month|year|decade|spring|summer|autumn|fall|winter)|yesterday|tomorrow)\b/g],
  ['comparison', /\b(?:most|least|best|worst|more|less|fewer|greater|higher|lower|larger|smaller|bigger|never|ever|always|record|unprecedented|only|first|largest|highest|lowest|biggest|smallest|fastest|strongest|weakest|richest|poorest|deadliest|\w+er\s+than)\b/gi],
  ['prediction', /\b(?:will|won[’']t|would|going to|is expected to|are expected to|expects?|predicts?|forecasts?|likely|plans? to|by (?:19|20)\d\d)\b/gi],
];
/** Years are dates, not figures. */
const YEAR = /^(?:19|20)\d\d$/;

/** Check-worthy things inside the given content spans: figures, dates, comparisons, predictions. */
export function findSignals(text: string, content: Span[]): Signal[] {
  const out: Signal[] = [];
  for (const span of content) {
    const slice = text.slice(span.start, span.end);
    for (const [kind, re] of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        if (kind === 'figure' && YEAR.test(m[0])) continue;
        const start = span.start + m.index;
        if (out.some((s) => s.kind === kind && s.span.start <= start && s.span.end > start)) continue;
        out.push({ kind, span: { start, end: start + m[0].length }, text: m[0] });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
}
