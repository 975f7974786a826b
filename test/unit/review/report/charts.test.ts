import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attributionFigures } from '../../../../src/review/corpus/attribution';
import { layoutChart, oneLine } from '../../../../src/review/report/chart';
import { type ChartOptions, reportCharts } from '../../../../src/review/report/charts';
import { DEFAULT_SCALE } from '../../../../src/review/verdicts/index';
import { analyze } from '../../../support/engine';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const OPTIONS: ChartOptions = { workspace: false, sourceKindLabel: { anonymous: 'anonymous source' }, typeLabel: { statement: 'statement', position: 'position' }, scale: DEFAULT_SCALE, fileLabel: (f) => `<${f}>` };

test('charts of an article: one bar per source kind and type it has, their values its counts, each bar filtering its own claims', () => {
  const claims = analyze(SAMPLE).claims;
  const f = attributionFigures([{ file: 'a', claims, ratings: claims.map((_, i) => (i ? undefined : 'Mostly false')) }]);
  const charts = reportCharts(f, OPTIONS);
  const chart = (id: string) => charts.find((c) => c.id === id)!;
  assert.deepEqual(charts.map((c) => c.id), ['sourceKinds', 'unnamed', 'types', 'statementsPositions', 'speakersByClaims', 'speakersByWords', 'ratings']);
  const kinds = chart('sourceKinds');
  assert.deepEqual(new Set(kinds.bars.map((b) => b.key)), new Set(claims.map((c) => c.sourceKind)));
  for (const b of kinds.bars) {
    assert.equal(b.value, claims.filter((c) => c.sourceKind === b.key).length);
    assert.deepEqual(b.filter, { kind: 'sourceKind', values: [b.key] });
    assert.match(b.text, new RegExp(`^${b.value} claims?, \\d+(\\.\\d)?%$`));
  }
  assert.equal(kinds.bars.find((b) => b.key === 'anonymous')?.label, 'anonymous source');
  assert.deepEqual(kinds.bars.map((b) => b.value), [...kinds.bars.map((b) => b.value)].sort((x, y) => y - x), 'most first');
  const unnamed = chart('unnamed');
  assert.equal(unnamed.bars.reduce((n, b) => n + b.value, 0), claims.length, 'anonymous, vague, named and the rest are all the claims');
  assert.match(unnamed.title, /^Unnamed sources: \d+% of claims$/);
  assert.deepEqual(chart('ratings').bars.map((b) => [b.key, b.value]), [['Unrated', claims.length - 1], ['Mostly false', 1]], 'in the scale\'s order');
  const top = chart('speakersByClaims').bars[0];
  assert.deepEqual(top.filter?.kind, 'speaker');
  assert.ok(chart('speakersByWords').bars.every((b, i, a) => !i || a[i - 1].value >= b.value));
});

test('workspace charts add the articles most reliant on unnamed sources, in percent, each opening its article', () => {
  const unnamed = analyze('Officials said the bridge was late.').claims;
  const named = analyze('Mayor Elena Varga said the plan would work.').claims;
  const f = attributionFigures([{ file: 'file:///half', claims: [...unnamed, ...named] }, { file: 'file:///named', claims: named }]);
  const charts = reportCharts(f, { ...OPTIONS, workspace: true });
  const reliance = charts.find((c) => c.id === 'reliance')!;
  assert.equal(reliance.max, 100);
  assert.deepEqual(reliance.bars.map((b) => [b.label, b.value]), [['<file:///half>', Math.round((100 * unnamed.length) / (unnamed.length + named.length))]], 'an article with no unnamed source has no bar');
  assert.deepEqual(reliance.bars[0].filter, { kind: 'article', file: 'file:///half' });
  assert.match(charts.find((c) => c.id === 'speakersByClaims')!.bars[0].text, /claims? in \d+ articles?$/);
});

test('layout: bars scale to the largest (or to max), a non-zero bar is at least a sliver, labels are one line and shortened', () => {
  const l = layoutChart({ id: 'x', title: 't', unit: 'claims', bars: [{ key: 'a', label: 'a', value: 10, text: '' }, { key: 'b', label: 'b\nc', value: 5, text: '' }, { key: 'c', label: 'x'.repeat(80), value: 0.001, text: '' }, { key: 'd', label: 'd', value: 0, text: '' }] });
  assert.equal(l.rows[0].width, l.barSpan);
  assert.equal(l.rows[1].width, Math.round(l.barSpan / 2));
  assert.equal(l.rows[2].width, 2);
  assert.equal(l.rows[3].width, 0);
  assert.equal(l.rows[1].label, 'b c');
  assert.equal([...l.rows[2].label].length, 30);
  assert.ok(l.rows[2].label.endsWith('…'));
  assert.equal(layoutChart({ id: 'p', title: 't', unit: '%', max: 100, bars: [{ key: 'a', label: 'a', value: 50, text: '' }] }).rows[0].width, Math.round(l.barSpan / 2));
  assert.equal(oneLine('a\u2028b\u0000c\td'), 'a b c d');
});
