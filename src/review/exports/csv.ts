import { displayText } from '../markdownText';
import { compactHistory } from '../verdicts/history';
import { type ExportContext, flat, ratingOf, who } from './context';

/**
 * One CSV cell. A cell a spreadsheet would take for a formula (`=`, `+`, `-`,
 * `@`, a tab or a carriage return first; their full-width forms too) gets a
 * leading `'` and quotes, as OWASP's CSV-injection advice says.
 */
export function csvCell(value: unknown): string {
  let v = displayText(value);
  const formula = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(v);
  if (formula) v = `'${v}`;
  return formula || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(x: ExportContext): string {
  const head = ['id', 'line', 'type', 'speaker', 'source', 'source_kind', 'cue', 'cue_kind', 'quote_kind', 'content', 'signals', 'rating', 'note', 'evidence', 'rated_by', 'history'];
  const rows = x.claims.map(({ claim: c, verdict: v, history, line }) => [
    c.id, String(line), c.type, who(c), c.sourceText ?? '', c.sourceKind, c.cueText, c.cueKind, c.quoteKind, flat(c.contentText),
    [...new Set(c.signals.map((s) => s.kind))].join(' '), v ? ratingOf(v) : 'Unrated', v?.note, Array.isArray(v?.evidence) ? v.evidence.map(displayText).join(' ') : v?.evidence,
    v?.author, compactHistory(history),
  ]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
