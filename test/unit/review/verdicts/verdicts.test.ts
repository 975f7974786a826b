import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../support/engine';
import type { Claim } from '../../../../src/engine/types';
import { matchVerdicts, parseSidecar, serializeSidecar, setVerdict, Sidecar, Verdict } from '../../../../src/review/verdicts/index';
import { readSidecar, saveSidecar, sidecarPath } from '../../../support/verdictFiles';
import { tempDir } from '../../../support/tempDir';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const EMPTY: Sidecar = { version: 1, records: [] };
const verdict = (rating: string, updated = '2026-11-28T10:00:00.000Z', note?: string): Verdict => ({ rating, updated, ...(note ? { note } : {}) });
const claimWith = (text: string, cue: string, source: string): Claim => {
  const c = analyze(text).claims.find((x) => x.cueText === cue && x.sourceText === source);
  assert.ok(c, `claim ${source} ${cue}`);
  return c;
};

test('round trip: a verdict saved to JSON comes back on the same claim', () => {
  const claims = analyze(SAMPLE).claims;
  const varga = claimWith(SAMPLE, 'denied', 'Varga');
  const side = setVerdict(EMPTY, SAMPLE, claims, varga, verdict('Mostly false', undefined, 'Minutes show two changed rows'));
  const parsed = parseSidecar(serializeSidecar(side));
  assert.ok('sidecar' in parsed);
  const { byClaim, orphans } = matchVerdicts(SAMPLE, claims, parsed.sidecar.records);
  assert.equal(byClaim.get(varga.id)?.verdict.rating, 'Mostly false');
  assert.equal(byClaim.get(varga.id)?.verdict.note, 'Minutes show two changed rows');
  assert.equal(orphans.length, 0);
});

test('edits elsewhere and in the claim itself: the verdict follows its claim', () => {
  const claims = analyze(SAMPLE).claims;
  const okafor = claimWith(SAMPLE, 'accused', 'Okafor');
  const brandt = claimWith(SAMPLE, 'said', 'council treasurer Tomas Brandt');
  let side = setVerdict(EMPTY, SAMPLE, claims, okafor, verdict('Unverifiable'));
  side = setVerdict(side, SAMPLE, claims, brandt, verdict('True'));
  const edited = SAMPLE.replace('HARBOURTON, March 3', 'A new first paragraph, written later.\n\nHARBOURTON, March 3')
    .replace('the true cost of the flood defences', 'the full cost of the flood defences');
  const now = analyze(edited).claims;
  const { byClaim, orphans } = matchVerdicts(edited, now, side.records);
  const okaforNow = claimWith(edited, 'accused', 'Okafor');
  assert.notEqual(okaforNow.range.start, okafor.range.start, 'the claim moved');
  assert.notEqual(okaforNow.id, okafor.id, 'and its text changed');
  assert.equal(byClaim.get(okaforNow.id)?.verdict.rating, 'Unverifiable');
  assert.equal(byClaim.get(claimWith(edited, 'said', 'council treasurer Tomas Brandt').id)?.verdict.rating, 'True');
  assert.equal(orphans.length, 0);
});

test('a verdict whose claim disappeared is kept as an orphan, never dropped', () => {
  const claims = analyze(SAMPLE).claims;
  const okafor = claimWith(SAMPLE, 'accused', 'Okafor');
  const side = setVerdict(EMPTY, SAMPLE, claims, okafor, verdict('False'));
  const without = SAMPLE.replace(/Okafor accused the mayor[^\n]*\n/, '');
  const now = analyze(without).claims;
  const { byClaim, orphans } = matchVerdicts(without, now, side.records);
  assert.equal(byClaim.size, 0);
  assert.equal(orphans.length, 1);
  assert.equal(orphans[0].verdict.rating, 'False');
  // Rating another claim keeps the orphan in the file.
  const next = setVerdict(side, without, now, now[0], verdict('True'));
  assert.equal(next.records.length, 2);
});

test('a corrupt sidecar is left untouched and explained; nothing is overwritten', async () => {
  const dir = tempDir('claim-lens-sidecar-');
  const path = sidecarPath(join(dir, 'article.txt'));
  writeFileSync(path, '{"version": 1, "records": [ {broken');
  const read = readSidecar(path);
  assert.ok('error' in read);
  assert.match(read.error, /article\.txt\.claims\.json: not valid JSON/);
  const save = await saveSidecar(path, EMPTY);
  assert.ok('error' in save);
  assert.equal(readFileSync(path, 'utf8'), '{"version": 1, "records": [ {broken');
  // An incomplete record is unreadable, not the whole file: the others are read, and it is kept.
  writeFileSync(path, '{"version": 1, "records": [{"id": "x"}]}');
  const incomplete = readSidecar(path);
  assert.ok('sidecar' in incomplete);
  assert.deepEqual(incomplete.sidecar.unreadable, [{ raw: { id: 'x' }, reason: 'record 1: claimId is not a text' }]);
  assert.ok('saved' in await saveSidecar(path, EMPTY));
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).records, [{ id: 'x' }]);
});

test('two windows saving the same sidecar lose nothing; the newer verdict on one claim is current, the older kept', async () => {
  const dir = tempDir('claim-lens-sidecar-');
  const path = sidecarPath(join(dir, 'article.news'));
  const claims = analyze(SAMPLE).claims;
  const varga = claimWith(SAMPLE, 'denied', 'Varga');
  const okafor = claimWith(SAMPLE, 'accused', 'Okafor');
  // Both windows start from the same (empty) file.
  const first = readSidecar(path);
  const second = readSidecar(path);
  assert.ok('sidecar' in first && 'sidecar' in second);
  const a = setVerdict(first.sidecar, SAMPLE, claims, varga, verdict('False', '2026-11-28T10:00:00.000Z'));
  const b = setVerdict(second.sidecar, SAMPLE, claims, okafor, verdict('True', '2026-11-28T10:01:00.000Z'));
  assert.ok('saved' in await saveSidecar(path, a));
  assert.ok('saved' in await saveSidecar(path, b));
  const both = readSidecar(path);
  assert.ok('sidecar' in both);
  const { byClaim } = matchVerdicts(SAMPLE, claims, both.sidecar.records);
  assert.equal(byClaim.get(varga.id)?.verdict.rating, 'False');
  assert.equal(byClaim.get(okafor.id)?.verdict.rating, 'True');
  // Window A changes its mind later; window B saves its stale copy afterwards: the newer verdict stays.
  const a2 = setVerdict(both.sidecar, SAMPLE, claims, varga, verdict('Half true', '2026-11-28T11:00:00.000Z'));
  assert.ok('saved' in await saveSidecar(path, a2));
  assert.ok('saved' in await saveSidecar(path, b));
  const last = readSidecar(path);
  assert.ok('sidecar' in last);
  const now = matchVerdicts(SAMPLE, claims, last.sidecar.records).byClaim.get(varga.id);
  assert.equal(now?.verdict.rating, 'Half true');
  assert.deepEqual(now?.history?.map((h) => h.rating), ['False']);
  assert.equal(last.sidecar.records.length, 2);
});
