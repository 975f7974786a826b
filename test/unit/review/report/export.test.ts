import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Chart } from '../../../../src/review/report/chart';
import { chartsCsv } from '../../../../src/review/report/csv';
import { chartsSvg, xmlText } from '../../../../src/review/report/svg';
import { csvRows } from '../../../support/csvRows';
import { HOSTILE } from '../../../support/hostileStrings';

/** Names an article could give a speaker or a file, beyond the Markdown and link ones: markup, entities, formulas, characters XML cannot hold. */
const NAMES = [...HOSTILE, '</text><script>alert(1)</script>', '"><svg onload=alert(1)>', "it's & <b>", '=HYPERLINK("https://evil.example")', '+1', '-2', '@SUM(A1)', 'nul\u0000and\u001bescape', 'lone \ud800 surrogate', '\uffff'];

const chartOf = (name: string): Chart => ({
  id: 'speakersByClaims', title: `Speakers of ${name}`, unit: 'claims',
  bars: [{ key: `0:${name}`, label: name, value: 3, text: `3 claims by ${name}`, filter: { kind: 'speaker', values: [name] } }, { key: 'b', label: 'Elena Varga', value: 1, text: '1 claim' }],
});

/** What an XML parser would see: tags and entities only where the SVG writer put them. */
function xmlProblems(svg: string): string[] {
  const found: string[] = [];
  const tags = svg.match(/<[^>]*>/g) ?? [];
  for (const t of tags) if (!/^<(\?xml [^>]*\?|\/?(svg|style|rect|text|g|title)(\s[^<>]*)?\/?)>$/.test(t)) found.push(`tag ${t}`);
  const text = svg.replace(/<[^>]*>/g, '');
  for (const m of text.matchAll(/&[^;]*;?/g)) if (!/^&(amp|lt|gt|quot|apos);$/.test(m[0])) found.push(`entity ${m[0]}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(svg)) found.push('a character XML cannot hold');
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(svg)) found.push('a lone surrogate');
  for (const t of tags) for (const attr of t.replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-]+)=/g)) if (/^on/.test(attr[1])) found.push(`handler ${attr[1]} in ${t}`);
  return found;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

test('SVG export: no hostile name makes a tag, an entity, a handler or a character XML refuses; each is still there to read as text', () => {
  for (const name of NAMES) {
    const svg = chartsSvg(`Workspace of ${name}`, [chartOf(name)]);
    assert.deepEqual(xmlProblems(svg), [], `${JSON.stringify(name)} →\n${svg}`);
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => unescape(m[1]));
    // What a reader sees: the name less the characters XML cannot hold.
    const readable = unescape(xmlText(name));
    assert.ok(titles.includes(`${readable}: 3 claims by ${readable}`), `${JSON.stringify(name)}: ${titles.join(' | ')}`);
  }
});

test('SVG export: a bar per bar, widths from the layout, the heading and the chart titles as text', () => {
  const svg = chartsSvg('council-budget.news', [chartOf('Ruth Okafor'), { id: 'ratings', title: 'Verdicts by rating', unit: 'claims', bars: [] }]);
  assert.equal(svg.match(/<rect class="bar"/g)?.length, 2);
  const widths = [...svg.matchAll(/<rect class="bar" x="\d+" y="[\d.]+" width="(\d+)"/g)].map((m) => Number(m[1]));
  assert.equal(widths[1], Math.round(widths[0] / 3));
  assert.match(svg, /<text class="title" x="0" y="22" style="font-size:16px">council-budget.news<\/text>/);
  assert.match(svg, />Verdicts by rating<\/text>\n<text class="value" x="0" y="49">None<\/text>/);
  assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+"/);
});

test('CSV export: a row per bar; every hostile name comes back as the same cell, a formula defused with a leading quote', () => {
  const shown = (s: string) => (/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(s) ? `'${s}` : s);
  for (const name of NAMES) {
    const rows = csvRows(chartsCsv(name, [chartOf(name)]));
    assert.deepEqual(rows, [
      ['scope', 'chart', 'bar', 'value', 'unit', 'share'],
      [shown(name), `Speakers of ${name}`, shown(name), '3', 'claims', ''],
      [shown(name), `Speakers of ${name}`, 'Elena Varga', '1', 'claims', ''],
    ], JSON.stringify(name));
  }
  assert.ok(NAMES.some((n) => shown(n) !== n), 'some names are formulas');
  const rows = csvRows(chartsCsv('a.news', [{ id: 'x', title: 'Claims by type', unit: 'claims', bars: [{ key: 's', label: 'statement', value: 3, text: '', share: 0.75 }] }]));
  assert.deepEqual(rows[1], ['a.news', 'Claims by type', 'statement', '3', 'claims', '75.0']);
});
