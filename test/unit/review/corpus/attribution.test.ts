import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { speakerOf } from '../../../../src/engine/index';
import { attributionFigures, UNRATED } from '../../../../src/review/corpus/attribution';
import { corpusFigures } from '../../../../src/review/corpus/figures';
import { analyze } from '../../../support/engine';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

test('attribution figures of the sample: counts add up to its claims, ratings count every claim (Unrated when none), its reliance on unnamed sources is its anonymous and vague claims', () => {
  const claims = analyze(SAMPLE).claims;
  const ratings = claims.map((_, i) => (i === 0 ? 'False' : i === 1 ? 'True' : undefined));
  const f = attributionFigures([{ file: 'council-budget.news', claims, ratings }]);
  assert.equal(f.articles, 1);
  assert.equal(f.claims, claims.length);
  assert.equal(Object.values(f.sourceKinds).reduce((a, b) => a + b, 0), claims.length);
  assert.equal(Object.values(f.types).reduce((a, b) => a + b, 0), claims.length);
  assert.deepEqual(f.ratings, { False: 1, True: 1, [UNRATED]: claims.length - 2 });
  const unnamed = claims.filter((c) => c.sourceKind === 'anonymous' || c.sourceKind === 'vague').length;
  assert.ok(unnamed > 0, 'the sample has anonymous and vague sources');
  assert.deepEqual(f.reliance, [{ file: 'council-budget.news', claims: claims.length, unnamed }]);
});

test('speakers keep the names the engine gave them (what the Claims view filters by), merged as the CLI report merges them', () => {
  const a = analyze('Mayor Elena Varga said the plan would work.\n\n“Every family will be safe this winter,” Varga said.\n');
  const b = analyze('Elena Varga said the council would vote on Friday.\n\nOfficials said the bridge was late.\n');
  const f = attributionFigures([{ file: 'a', claims: a.claims }, { file: 'b', claims: b.claims }]);
  const varga = f.speakers.find((s) => s.name === 'Elena Varga');
  assert.ok(varga, JSON.stringify(f.speakers));
  assert.equal(varga.claims, 3);
  assert.equal(varga.articles, 2);
  const given = new Set([...a.claims, ...b.claims].filter((c) => c.sourceKind === 'person').map((c) => speakerOf(c)));
  assert.deepEqual(new Set(varga.names), given);
  // The CLI's figures are the same speakers, without the names.
  const cli = corpusFigures([{ file: 'a', claims: a.claims, lines: [] }, { file: 'b', claims: b.claims, lines: [] }]);
  assert.deepEqual(cli.speakers, f.speakers.map(({ names: _n, ...s }) => s));
});

test('reliance: articles by their share of unnamed claims, then by count; articles without claims are left out', () => {
  const unnamed = analyze('Officials said the bridge was late.').claims;
  const named = analyze('Mayor Elena Varga said the plan would work.').claims;
  assert.equal(unnamed[0]?.sourceKind === 'anonymous' || unnamed[0]?.sourceKind === 'vague', true, JSON.stringify(unnamed));
  const f = attributionFigures([
    { file: 'none.txt', claims: [] },
    { file: 'half.txt', claims: [...unnamed, ...named] },
    { file: 'all.txt', claims: unnamed },
    { file: 'named.txt', claims: named },
  ]);
  assert.deepEqual(f.reliance.map((r) => r.file), ['all.txt', 'half.txt', 'named.txt']);
  assert.deepEqual(f.reliance.map((r) => r.unnamed), [unnamed.length, unnamed.length, 0]);
  assert.equal(f.articles, 4);
});
