import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_RECORDS } from '../../../../src/review/verdicts/schema';
import { mergeSidecars, parseSidecar, serializeSidecar } from '../../../../src/review/verdicts/index';
import { readSidecar, saveSidecar } from '../../../support/verdictFiles';
import { CLI } from '../../../support/cliRun';
import { tempDir } from '../../../support/tempDir';
import { record, tempSidecar } from '../../../support/verdictsFixtures';

const file = (records: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ ...extra, version: 1, records }, null, 2);

test('two records with one id: the later is kept aside as it is, never merged into the first', async () => {
  const first = record('dup', { rating: 'True' });
  const second = { ...record('dup', { rating: 'False' }), key: { ...record('x').key, content: 'another claim entirely' }, claimId: 'c-other' };
  const parsed = parseSidecar(file([first, second]));
  assert.ok('sidecar' in parsed);
  assert.deepEqual(parsed.sidecar.records, [first]);
  assert.deepEqual(parsed.sidecar.unreadable?.map((u) => u.raw), [second]);
  assert.match(parsed.sidecar.unreadable?.[0].reason ?? '', /record 2: its id "dup" is the id of record 1 too/);
  const { path } = tempSidecar();
  writeFileSync(path, file([first, second]));
  const saved = await saveSidecar(path, { version: 1, records: [record('new')] });
  assert.ok('saved' in saved, JSON.stringify(saved));
  const back = JSON.parse(readFileSync(path, 'utf8')) as { records: unknown[] };
  assert.deepEqual(back.records.filter((r) => (r as { id: string }).id === 'dup'), [first, second], 'both records, as they were');
});

test('identical unreadable records are all kept, and a save does not add copies of them', async () => {
  const junk = { weird: true };
  const { path } = tempSidecar();
  writeFileSync(path, file([junk, junk, record('a')]));
  const read = readSidecar(path);
  assert.ok('sidecar' in read);
  for (let i = 0; i < 2; i++) assert.ok('saved' in (await saveSidecar(path, read.sidecar)));
  const back = JSON.parse(readFileSync(path, 'utf8')) as { records: unknown[] };
  assert.equal(back.records.filter((r) => JSON.stringify(r) === JSON.stringify(junk)).length, 2);
  const merged = mergeSidecars(read.sidecar, { version: 1, records: [], unreadable: [{ raw: junk, reason: 'x' }] });
  assert.equal(merged.unreadable?.length, 2);
});

test('a number a rewrite would change is kept: the file is read, never rewritten', async () => {
  for (const n of ['12345678901234567890', '1e400', '0.123456789012345678901']) {
    const { path } = tempSidecar();
    const json = `{"version": 1, "serial": ${n}, "records": ${JSON.stringify([record('a')])}}`;
    writeFileSync(path, json);
    const read = readSidecar(path);
    assert.ok('sidecar' in read && read.sidecar.records.length === 1, `${n}: the verdicts are read`);
    const saved = await saveSidecar(path, { version: 1, records: [record('b')] });
    assert.ok('error' in saved && saved.error.includes(n) && /will not rewrite/.test(saved.error), JSON.stringify(saved));
    assert.equal(readFileSync(path, 'utf8'), json);
  }
  const ok = parseSidecar(`{"version": 1, "n": 9007199254740991, "f": 0.1, "records": []}`);
  assert.ok('sidecar' in ok && !ok.sidecar.keepAsIs);
  assert.equal(serializeSidecar(ok.sidecar).includes('9007199254740991'), true);
});

test(`a verdict file of more than ${MAX_RECORDS.toLocaleString('en')} records is refused, unread and untouched`, () => {
  const many = Array.from({ length: MAX_RECORDS + 1 }, (_, i) => record(`r${i}`));
  const parsed = parseSidecar(file(many));
  assert.ok('error' in parsed && /10,001 records, more than Claim Lens reads for one article/.test(parsed.error));
});

test('records that could not be read are named in the Markdown and JSON exports, and by the CLI on stderr', () => {
  const dir = tempDir('claim-lens-unreadable-');
  const article = join(dir, 'story.news');
  writeFileSync(article, 'Mayor Elena Varga said the plan would work.\n');
  writeFileSync(`${article}.claims.json`, file([{ id: 'bad', verdict: 'not an object' }, record('fine')]));
  for (const format of ['md', 'json', 'csv']) {
    const r = spawnSync(process.execPath, [CLI, 'export', '--format', format, article], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`1 record of .*story\\.news\\.claims\\.json could not be read: kept in it, ${format === 'csv' ? 'not in a csv export' : 'listed in the export'}`));
    if (format === 'json') assert.deepEqual((JSON.parse(r.stdout) as { unreadable: { record: unknown }[] }).unreadable.map((u) => u.record), [{ id: 'bad', verdict: 'not an object' }]);
    if (format === 'md') assert.match(r.stdout, /## Records of the verdict file that could not be read\n\nThey are kept[^\n]*\n\n- record 1/);
  }
});
