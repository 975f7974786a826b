import type { CorpusFigures } from '../../review/corpus/figures';
import { markdownText } from '../../review/markdownText';
import { excerpt } from '../../engine/index';
import { shown } from '../messages';

/** How many speakers and repeated quotes the text and Markdown reports list (the JSON has them all). */
export const LISTED = 25;

const pct = (n: number, total: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : '–');
const byCount = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const place = (o: { file: string; line: number }) => `${o.file}:${o.line}`;
const spread = (r: CorpusFigures['repeated'][number]) => new Set(r.occurrences.map((o) => o.file)).size;

/** The report as a readable table; control characters of names, quotes and file names escaped. */
export function reportText(f: CorpusFigures): string {
  const out = [`${f.articles} articles, ${f.claims} claims`, ''];
  const table = (title: string, counts: Record<string, number>) => {
    out.push(`${title.padEnd(24)} claims   share`);
    for (const [k, n] of byCount(counts)) out.push(`  ${k.padEnd(22)} ${String(n).padStart(6)}  ${pct(n, f.claims).padStart(6)}`);
    out.push('');
  };
  table('source kind', f.sourceKinds);
  table('type', f.types);
  out.push(`${'speaker'.padEnd(36)} claims  articles  quoted words`);
  for (const s of f.speakers.slice(0, LISTED)) out.push(`  ${excerpt(flat(s.name), 34).padEnd(34)} ${String(s.claims).padStart(6)}  ${String(s.articles).padStart(8)}  ${String(s.quotedWords).padStart(12)}`);
  if (f.speakers.length > LISTED) out.push(`  … ${f.speakers.length - LISTED} more (--format json lists them all)`);
  out.push('', `quotes in more than one article: ${f.repeated.length}`);
  for (const r of f.repeated.slice(0, LISTED)) {
    out.push(`  “${excerpt(flat(r.text), 100)}” — ${spread(r)} articles`);
    out.push(`      ${r.occurrences.slice(0, 6).map(place).join(', ')}${r.occurrences.length > 6 ? ', …' : ''}`);
  }
  if (f.repeated.length > LISTED) out.push(`  … ${f.repeated.length - LISTED} more (--format json lists them all)`);
  return out.map(shown).join('\n') + '\n';
}

/** The report in Markdown: every name, quote and file name through markdownText. */
export function reportMarkdown(f: CorpusFigures): string {
  const out = ['# Attribution report', '', `${f.articles} articles, ${f.claims} claims.`, ''];
  const table = (title: string, counts: Record<string, number>) => {
    out.push(`## Claims by ${title}`, '', `| ${title} | claims | share |`, '| --- | ---: | ---: |');
    for (const [k, n] of byCount(counts)) out.push(`| ${markdownText(k)} | ${n} | ${pct(n, f.claims)} |`);
    out.push('');
  };
  table('source kind', f.sourceKinds);
  table('type', f.types);
  out.push('## Speakers', '', '| speaker | claims | articles | quoted words |', '| --- | ---: | ---: | ---: |');
  for (const s of f.speakers.slice(0, LISTED)) out.push(`| ${markdownText(s.name)} | ${s.claims} | ${s.articles} | ${s.quotedWords} |`);
  if (f.speakers.length > LISTED) out.push('', `${f.speakers.length - LISTED} more speakers in \`--format json\`.`);
  out.push('', '## Quotes in more than one article', '');
  if (!f.repeated.length) out.push('None.');
  for (const r of f.repeated.slice(0, LISTED)) {
    out.push(`- “${markdownText(excerpt(flat(r.text), 200))}” (${spread(r)} articles): ${r.occurrences.map((o) => `${markdownText(o.file)} line ${o.line}`).join(', ')}`);
  }
  if (f.repeated.length > LISTED) out.push('', `${f.repeated.length - LISTED} more in \`--format json\`.`);
  return out.join('\n') + '\n';
}
