import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseBrat } from '../../../src/review/brat';
import { tempDir } from '../../support/tempDir';
import { ROOT } from '../../support/root';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

function fixtures() {
  const dir = tempDir('claim-lens-cli-');
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Mayor Elena Varga said the plan would protect every neighbourhood. 😀 “It will,” she said.\n');
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64]));
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(2000));
  return { dir, good, binary, latin1, big };
}

test('json: one object per file and line, with claims and exact spans', () => {
  const { good } = fixtures();
  const r = run('extract', good);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const out = JSON.parse(lines[0]);
  assert.equal(out.file, good);
  const text = readFileSync(good, 'utf8');
  assert.ok(out.claims.length >= 2);
  for (const c of out.claims) assert.equal(text.slice(c.cue[0].start, c.cue[0].end), c.cueText);
  assert.equal(out.claims[1].speaker.name, 'Elena Varga');
});

test('brat: writes DIR/<name>.ann with code-point offsets that read back to the same claims', () => {
  const { dir, good } = fixtures();
  const outDir = join(dir, 'ann');
  const r = run('extract', '--format', 'brat', '--out-dir', outDir, good);
  assert.equal(r.status, 0, r.stderr);
  const ann = readFileSync(join(outDir, 'good.ann'), 'utf8');
  const text = readFileSync(good, 'utf8');
  const attributions = parseBrat(ann, text);
  const json = JSON.parse(run('extract', good).stdout);
  assert.equal(attributions.length, json.claims.length);
  assert.deepEqual(attributions.map((a) => a.cue), json.claims.map((c: { cue: unknown }) => c.cue));
  // After the emoji, brat offsets (code points) are one less than UTF-16 offsets.
  const last = json.claims[json.claims.length - 1];
  assert.match(ann, new RegExp(`Cue ${last.cue[0].start - 1} ${last.cue[0].end - 1}\\tsaid`));
});

test('text: a readable table with speaker, cue and content', () => {
  const { good } = fixtures();
  const r = run('extract', '--format', 'text', good);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 claims/);
  assert.match(r.stdout, /Elena Varga ← “she” \(person\)\s+said/);
});

test('bad input: each bad file named on stderr, good files still processed, exit 1', () => {
  const { dir, good, binary, latin1, big } = fixtures();
  const r = run('extract', '--max-size', '1000', join(dir, 'missing.txt'), dir, binary, good, latin1, big);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.txt: no such file/);
  assert.match(r.stderr, /is a directory/);
  assert.match(r.stderr, /image\.png: looks like a binary file/);
  assert.match(r.stderr, /latin1\.txt: is not valid UTF-8/);
  assert.match(r.stderr, /big\.txt: 2\.0 KB is over the size limit of 1000 B/);
  assert.equal(r.stdout.trim().split('\n').length, 1, 'the good file still came out');
  assert.equal(JSON.parse(r.stdout).file, good);
});

test('usage errors exit 2 with the usage text', () => {
  assert.equal(run().status, 2);
  const r = run('extract', '--format', 'xml', 'a.txt');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown format "xml"/);
  assert.match(r.stderr, /Usage: claim-lens extract/);
});
