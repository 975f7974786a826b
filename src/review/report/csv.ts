import { csvCell } from '../exports/csv';
import type { Chart } from './chart';

/** The data behind the report's charts, one row a bar: chart, bar, value, share; every cell escaped as the claim exports are (exports/csv.ts). */
export function chartsCsv(scope: string, charts: readonly Chart[]): string {
  const rows = [['scope', 'chart', 'bar', 'value', 'unit', 'share']];
  for (const c of charts) {
    for (const b of c.bars) rows.push([scope, c.title, b.label, String(b.value), c.unit, b.share === undefined ? '' : (100 * b.share).toFixed(1)]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
