import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lock } from 'proper-lockfile';
import { serializeSidecar } from '../../../../src/review/verdicts/index';
import { readSidecar, saveSidecar } from '../../../support/verdictFiles';
import { record, tempSidecar } from '../../../support/verdictsFixtures';

const ids = (path: string) => {
  const read = readSidecar(path);
  assert.ok('sidecar' in read, JSON.stringify(read));
  return read.sidecar.records.map((r) => r.id).sort();
};

test('a verdict file of mode 0600 stays 0600 after a save', async () => {
  const { path } = tempSidecar();
  writeFileSync(path, serializeSidecar({ version: 1, records: [record('a')] }));
  chmodSync(path, 0o600);
  assert.ok('saved' in await saveSidecar(path, { version: 1, records: [record('b')] }));
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.deepEqual(ids(path), ['a', 'b']);
});

test('a symlinked verdict file is written through to its target; the link stays a link', async () => {
  const { dir, path } = tempSidecar();
  mkdirSync(join(dir, 'store'));
  const target = join(dir, 'store', 'kept.claims.json');
  writeFileSync(target, serializeSidecar({ version: 1, records: [record('a')] }));
  symlinkSync(target, path);
  assert.ok('saved' in await saveSidecar(path, { version: 1, records: [record('b')] }));
  assert.ok(lstatSync(path).isSymbolicLink(), 'still a symlink');
  assert.equal(readlinkSync(path), target);
  assert.deepEqual(ids(target), ['a', 'b']);
  assert.deepEqual(readdirSync(dir).sort(), ['article.news.claims.json', 'store'], 'no temporary or lock file left beside the link');
  assert.deepEqual(readdirSync(join(dir, 'store')), ['kept.claims.json'], 'nor beside the target');
});

test('a save waits for another writer\'s lock, then merges with what that writer saved', async () => {
  const { path } = tempSidecar();
  writeFileSync(path, serializeSidecar({ version: 1, records: [] }));
  const release = await lock(path, { realpath: false, lockfilePath: `${path}.lock` });
  let done = false;
  const saving = saveSidecar(path, { version: 1, records: [record('mine')] }).then((r) => { done = true; return r; });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(done, false, 'the save waits while the lock is held');
  assert.deepEqual(ids(path), [], 'and has not written');
  // The other writer saves its record and lets go.
  writeFileSync(path, serializeSidecar({ version: 1, records: [record('theirs')] }));
  await release();
  assert.ok('saved' in await saving);
  assert.deepEqual(ids(path), ['mine', 'theirs']);
});

test('a lock left behind by a writer that died is taken over once stale', async () => {
  const { path } = tempSidecar();
  mkdirSync(`${path}.lock`);
  const old = new Date(Date.now() - 60_000);
  utimesSync(`${path}.lock`, old, old);
  const saved = await saveSidecar(path, { version: 1, records: [record('after-crash')] });
  assert.ok('saved' in saved, JSON.stringify(saved));
  assert.deepEqual(ids(path), ['after-crash']);
  assert.equal(existsSync(`${path}.lock`), false, 'the lock is released');
});

test('many saves at once in one process: every record kept, no temporary file left', async () => {
  const { dir, path } = tempSidecar();
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => saveSidecar(path, { version: 1, records: [record(`r${i}`)] })));
  assert.ok(results.every((r) => 'saved' in r), JSON.stringify(results.find((r) => 'error' in r)));
  assert.equal(ids(path).length, 40);
  assert.deepEqual(readdirSync(dir), ['article.news.claims.json']);
  assert.equal(readFileSync(path, 'utf8').endsWith('\n'), true);
});

test('a verdict file over 64 MB, or one that is a folder, is refused unread and never rewritten', async () => {
  const { dir, path } = tempSidecar();
  writeFileSync(path, '');
  truncateSync(path, 65 * 1024 * 1024);
  const read = readSidecar(path);
  assert.ok('error' in read && /65\.0 MB is over the size limit of 64\.0 MB/.test(read.error), JSON.stringify(read));
  assert.ok('error' in (await saveSidecar(path, { version: 1, records: [record('v1')] })));
  assert.equal(statSync(path).size, 65 * 1024 * 1024);
  const folder = join(dir, 'folder.claims.json');
  mkdirSync(folder);
  const asFolder = readSidecar(folder);
  assert.ok('error' in asFolder && /is a directory/.test(asFolder.error), JSON.stringify(asFolder));
});
