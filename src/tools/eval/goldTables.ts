import { existsSync, readFileSync } from 'node:fs';

/**
 * The project's own gold tables (gold/*.tsv, the seed's speakers.tsv): rows
 * of tab-separated fields under a header line, read by column name.
 */
export type Row = Record<string, string>;

export function readTable(path: string): Row[] {
  if (!existsSync(path)) return [];
  const [header, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = header.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    const row: Row = {};
    names.forEach((n, i) => (row[n] = cells[i] ?? ''));
    return row;
  });
}

/** Rows grouped by their `document` column. */
export function byDocument(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const list = out.get(r.document) ?? [];
    list.push(r);
    out.set(r.document, list);
  }
  return out;
}
