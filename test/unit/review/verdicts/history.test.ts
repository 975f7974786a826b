import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../support/engine';
import { exportContext, toCsv, toJson, toMarkdown } from '../../../../src/review/exports/index';
import type { Claim } from '../../../../src/engine/types';
import { verdictTrail } from '../../../../src/review/verdicts/history';
import { matchVerdicts, mergeSidecars, parseSidecar, serializeSidecar, setVerdict, Sidecar, Verdict } from '../../../../src/review/verdicts/index';
import { readSidecar, saveSidecar } from '../../../support/verdictFiles';
import { record, tempSidecar } from '../../../support/verdictsFixtures';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const CLAIMS = analyze(SAMPLE).claims;
const EMPTY: Sidecar = { version: 1, records: [] };
const varga = CLAIMS.find((c) => c.cueText === 'denied' && c.sourceText === 'Varga') as Claim;
const v = (rating: string, minute: number, author?: string, note?: string): Verdict => ({
  rating, updated: `2026-11-28T10:${String(minute).padStart(2, '0')}:00.000Z`, ...(author ? { author } : {}), ...(note ? { note } : {}),
});
/** The claim's ratings, newest (the current one) first. */
const ratings = (s: Sidecar) => {
  const rec = matchVerdicts(SAMPLE, CLAIMS, s.records).byClaim.get(varga.id);
  return rec ? [rec.verdict.rating, ...(rec.history ?? []).map((h) => h.rating).reverse()] : [];
};

test('rating a rated claim again keeps the earlier verdict, with who gave it and when', () => {
  assert.ok(varga);
  let side = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, v('False', 0, 'ann', 'Minutes show two changed rows'));
  side = setVerdict(side, SAMPLE, CLAIMS, varga, v('Half true', 5, 'bob'));
  assert.equal(side.records.length, 1);
  const rec = side.records[0];
  assert.equal(rec.verdict.rating, 'Half true');
  assert.equal(rec.verdict.author, 'bob');
  assert.deepEqual(rec.history, [v('False', 0, 'ann', 'Minutes show two changed rows')]);
  // It survives the file, and older code still finds the current verdict where it always was.
  const parsed = parseSidecar(serializeSidecar(side));
  assert.ok('sidecar' in parsed);
  assert.deepEqual(ratings(parsed.sidecar), ['Half true', 'False']);
  assert.equal(JSON.parse(serializeSidecar(side)).records[0].verdict.rating, 'Half true');
  assert.deepEqual(verdictTrail(rec).map((t) => [t.rating, t.who, t.when]), [['Half true', 'bob', '2026-11-28 10:05 UTC'], ['False', 'ann', '2026-11-28 10:00 UTC']]);
  assert.equal(verdictTrail(rec)[1].note, 'Minutes show two changed rows');
});

test('two windows rating the same claim: both verdicts are kept, the newer one current, whichever saves last', async () => {
  for (const order of ['older last', 'newer last']) {
    const { path } = tempSidecar();
    // Both windows start from the same (empty) file and rate the same claim.
    const a = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, v('False', 1, 'ann'));
    const b = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, v('True', 2, 'bob'));
    for (const side of order === 'older last' ? [b, a] : [a, b]) assert.ok('saved' in await saveSidecar(path, side));
    const read = readSidecar(path);
    assert.ok('sidecar' in read);
    assert.equal(read.sidecar.records.length, 1, order);
    assert.deepEqual(ratings(read.sidecar), ['True', 'False'], order);
  }
});

test('merging two versions of a record keeps every verdict either had, ordered by time, newest current', () => {
  const base = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, v('False', 0, 'ann'));
  const left = setVerdict(setVerdict(base, SAMPLE, CLAIMS, varga, v('Misleading', 10, 'ann')), SAMPLE, CLAIMS, varga, v('Mostly false', 30, 'ann'));
  const right = setVerdict(base, SAMPLE, CLAIMS, varga, v('True', 20, 'bob'));
  const expected = ['Mostly false', 'True', 'Misleading', 'False'];
  assert.deepEqual(ratings(mergeSidecars(left, right)), expected);
  assert.deepEqual(ratings(mergeSidecars(right, left)), expected);
  const once = mergeSidecars(left, right);
  assert.deepEqual(mergeSidecars(once, once), once, 'merging again changes nothing');
  assert.deepEqual(mergeSidecars(once, left), once);
});

test('merging keeps records of other claims and the unreadable ones of both sides', () => {
  const bad = { id: 'bad', verdict: { rating: 7 } };
  const a = parseSidecar(JSON.stringify({ version: 1, records: [record('a'), bad] }));
  const b = parseSidecar(JSON.stringify({ version: 1, records: [record('b'), bad, { other: true }] }));
  assert.ok('sidecar' in a && 'sidecar' in b);
  const m = mergeSidecars(a.sidecar, b.sidecar);
  assert.deepEqual(m.records.map((r) => r.id).sort(), ['a', 'b']);
  assert.deepEqual(m.unreadable?.map((u) => u.raw), [bad, { other: true }]);
});

test('exports carry the history: JSON in full, CSV in a column, Markdown in a line', () => {
  let side = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, v('False', 0, 'ann', 'First look'));
  side = setVerdict(side, SAMPLE, CLAIMS, varga, v('Half true', 5, 'bob'));
  const x = exportContext('sample.news', SAMPLE, CLAIMS, side.records, { scale: ['Unrated', 'True', 'Half true', 'False'] });
  const json = JSON.parse(toJson(x));
  const rated = json.claims.find((c: { id: string }) => c.id === varga.id);
  assert.equal(rated.verdict.author, 'bob');
  assert.deepEqual(rated.history, [v('False', 0, 'ann', 'First look')]);
  const csv = toCsv(x).split('\r\n');
  const head = csv[0].split(',');
  assert.ok(head.includes('rated_by') && head.includes('history'), csv[0]);
  const row = csv.find((l) => l.startsWith(varga.id));
  assert.match(row ?? '', /,bob,.*False \(ann, 2026-11-28 10:00 UTC\): First look/);
  // The report escapes what it takes from the verdict file; read as rendered text, without the backslashes.
  assert.match(toMarkdown(x).replace(/\\(.)/g, '$1'), /Verdict: \*\*Half true\*\*.*\n\s+- Earlier: False \(ann, 2026-11-28 10:00 UTC\): First look/);
});

test('a new rating is the current one even when an earlier verdict is dated later (a clock ahead, a file dated 2030)', () => {
  const ahead: Verdict = { rating: 'True', updated: '2030-01-01T00:00:00.000Z', author: 'clock ahead' };
  let side = setVerdict(EMPTY, SAMPLE, CLAIMS, varga, ahead);
  side = setVerdict(side, SAMPLE, CLAIMS, varga, v('False', 5, 'bob'));
  assert.deepEqual(ratings(side), ['False', 'True']);
  assert.ok(side.records[0].verdict.updated > ahead.updated, side.records[0].verdict.updated);
  const edge = setVerdict(setVerdict(EMPTY, SAMPLE, CLAIMS, varga, { rating: 'True', updated: new Date(8.64e15).toISOString() }), SAMPLE, CLAIMS, varga, v('False', 5));
  assert.equal(edge.records[0].history?.length, 1, 'the latest date there is: no exception, both kept');
});
