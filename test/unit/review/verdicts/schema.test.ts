import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../support/engine';
import { exportContext, toCsv, toJson, toMarkdown } from '../../../../src/review/exports/index';
import { matchVerdicts, parseSidecar, serializeSidecar, setVerdict } from '../../../../src/review/verdicts/index';
import { readSidecar, saveSidecar } from '../../../support/verdictFiles';
import { record, tempSidecar } from '../../../support/verdictsFixtures';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

/** Records whose fields have the wrong types, each as a verdict file might hold it. */
function malformed(): unknown[] {
  const good = record('good');
  return [
    { ...record('evidence-string'), verdict: { ...good.verdict, evidence: 'https://example.org' } },
    { ...record('evidence-object'), verdict: { ...good.verdict, evidence: {} } },
    { ...record('shown-object'), shown: {} },
    { ...record('note-object'), verdict: { ...good.verdict, note: { text: 'x' } } },
    { ...record('bad-date'), verdict: { ...good.verdict, updated: 'yesterday' } },
    { ...record('history-string'), history: 'earlier' },
    { ...record('author-number'), verdict: { ...good.verdict, author: 7 } },
    { kind: 'a record of a later version', payload: [1, 2, 3] },
    'just a string',
    null,
  ];
}

test('records with fields of the wrong type are unreadable: kept verbatim, never matched, the rest still read', () => {
  const good = { ...record('good'), key: { source: 'varga', cue: 'denied', content: 'that any numbers had been changed', before: '', after: '' } };
  const parsed = parseSidecar(JSON.stringify({ version: 1, records: [...malformed(), good] }));
  assert.ok('sidecar' in parsed, JSON.stringify(parsed));
  assert.deepEqual(parsed.sidecar.records.map((r) => r.id), ['good']);
  assert.equal(parsed.sidecar.unreadable?.length, malformed().length);
  assert.match(parsed.sidecar.unreadable?.[0].reason ?? '', /evidence/);
  assert.match(parsed.sidecar.unreadable?.[2].reason ?? '', /shown/);
  assert.match(parsed.sidecar.unreadable?.[3].reason ?? '', /note/);
  // Written back, every unreadable record is there exactly as it was.
  const again = JSON.parse(serializeSidecar(parsed.sidecar)) as { records: unknown[] };
  for (const m of malformed()) assert.ok(again.records.some((r) => JSON.stringify(r) === JSON.stringify(m)), JSON.stringify(m));
  // Only the good record can meet a claim.
  const claims = analyze(SAMPLE).claims;
  const { byClaim, orphans } = matchVerdicts(SAMPLE, claims, parsed.sidecar.records);
  assert.equal(byClaim.size + orphans.length, 1);
});

test('exports of an article whose verdict file holds malformed records do not crash', () => {
  const claims = analyze(SAMPLE).claims;
  // The first four are what older versions let through (every field present, of the wrong type).
  const parsed = parseSidecar(JSON.stringify({ version: 1, records: malformed().slice(0, 4) }));
  assert.ok('sidecar' in parsed);
  const x = exportContext('sample.news', SAMPLE, claims, parsed.sidecar.records, { scale: ['Unrated', 'True', 'False'] });
  assert.doesNotThrow(() => toMarkdown(x));
  assert.doesNotThrow(() => toCsv(x));
  assert.doesNotThrow(() => toJson(x));
});

test('a whole file that is not a verdict file is refused with the reason', () => {
  for (const [json, reason] of [['{"version": 1, "records": [ {broken', /not valid JSON/], ['[]', /not a Claim Lens verdict file/], ['{"version": 2, "records": []}', /version 2/], ['{"version": 1, "records": {}}', /not a Claim Lens verdict file/]] as const) {
    const parsed = parseSidecar(json);
    assert.ok('error' in parsed, json);
    assert.match(parsed.error, reason);
  }
});

test('a save keeps unknown top-level fields and records of unknown shape verbatim', async () => {
  const { path } = tempSidecar();
  const future = { kind: 'a record of a later version', payload: [1, { deep: true }] };
  const original = { generator: 'another tool', settings: { strict: true }, version: 1, records: [future, { ...record('known'), extra: 'kept too' }] };
  writeFileSync(path, JSON.stringify(original));
  const saved = await saveSidecar(path, { version: 1, records: [record('new')] });
  assert.ok('saved' in saved, JSON.stringify(saved));
  const after = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(after.generator, 'another tool');
  assert.deepEqual(after.settings, { strict: true });
  assert.equal(after.version, 1);
  assert.ok(after.records.some((r: unknown) => JSON.stringify(r) === JSON.stringify(future)), 'the unknown record is kept');
  assert.equal(after.records.find((r: { id?: string }) => r.id === 'known')?.extra, 'kept too');
  assert.ok(after.records.some((r: { id?: string }) => r.id === 'new'));
});

test('a verdict file with a UTF-8 byte order mark is read (the CLI and the extension share one parser)', () => {
  const { path } = tempSidecar();
  writeFileSync(path, '\uFEFF' + JSON.stringify({ version: 1, records: [record('bom')] }));
  const read = readSidecar(path);
  assert.ok('sidecar' in read, JSON.stringify(read));
  assert.deepEqual(read.sidecar.records.map((r) => r.id), ['bom']);
  const parsed = parseSidecar('\uFEFF' + JSON.stringify({ version: 1, records: [] }));
  assert.ok('sidecar' in parsed);
});

test('claim-lens export reads a verdict file with a byte order mark (it refused it before)', () => {
  const { dir } = tempSidecar();
  const article = join(dir, 'council-budget.news');
  copyFileSync(join(ROOT, 'samples', 'council-budget.news'), article);
  const claims = analyze(SAMPLE).claims;
  const side = setVerdict({ version: 1, records: [] }, SAMPLE, claims, claims[0], { rating: 'False', updated: '2026-11-28T10:00:00.000Z' });
  writeFileSync(`${article}.claims.json`, '\uFEFF' + serializeSidecar(side));
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'export', '--format', 'json', article], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).claims[0].verdict.rating, 'False');
});

test('a verdict file that is not valid UTF-8 is refused, with a message, and never rewritten', async () => {
  const { path } = tempSidecar();
  const json = JSON.stringify({ version: 1, records: [record('latin1', { note: 'Caf_' })] });
  const bytes = Buffer.from(json, 'utf8');
  bytes[bytes.indexOf('Caf_') + 3] = 0xe9; // "Café" in Latin-1: not UTF-8
  writeFileSync(path, bytes);
  const read = readSidecar(path);
  assert.ok('error' in read, 'the file is not read as if it were fine');
  assert.match(read.error, /article\.news\.claims\.json: not valid UTF-8/);
  const saved = await saveSidecar(path, { version: 1, records: [record('new')] });
  assert.ok('error' in saved);
  assert.deepEqual(readFileSync(path), bytes, 'left as it was, byte for byte');
});
