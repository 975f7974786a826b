import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../support/tempDir';
import { corpus, jsonLines, run } from './archiveFixtures';

test('index: one line per article of the folder (file, hash of its bytes, engine, the claims extract gives, their lines); other files and folders left out', () => {
  const { dir, files } = corpus();
  const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
  const r = run('index', '--out', out, dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'nothing on a pipe but problems');
  assert.equal(r.stdout, '');
  const lines = jsonLines(readFileSync(out, 'utf8'));
  assert.deepEqual(lines.map((l) => l.file).sort(), files);
  const extracted = new Map(jsonLines(run('extract', ...files).stdout).map((e) => [e.file, e]));
  for (const l of lines) {
    assert.deepEqual(Object.keys(l), ['file', 'hash', 'engine', 'sentences', 'claims', 'lines']);
    assert.equal(l.hash, createHash('sha256').update(readFileSync(l.file)).digest('hex'));
    const e = extracted.get(l.file);
    assert.equal(l.engine, e.engine);
    assert.deepEqual(l.claims, e.claims);
    assert.ok(l.claims.length > 0);
    const text = readFileSync(l.file, 'utf8');
    l.claims.forEach((c: { cue: { start: number }[] }, i: number) => assert.equal(l.lines[i], text.slice(0, c.cue[0].start).split('\n').length));
  }
});

test('index again: nothing changed, nothing appended; a changed article gets a new line, the old one stays', () => {
  const { dir, files } = corpus();
  const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
  assert.equal(run('index', '--out', out, dir).status, 0);
  const first = readFileSync(out, 'utf8');
  const again = run('index', '--out', out, dir);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readFileSync(out, 'utf8'), first);
  appendFileSync(files[0], '\nThe governor said the state would pay half.\n');
  assert.equal(run('index', '--out', out, dir).status, 0);
  const now = readFileSync(out, 'utf8');
  assert.ok(now.startsWith(first), 'existing lines kept as they were');
  const added = jsonLines(now.slice(first.length));
  assert.equal(added.length, 1);
  assert.equal(added[0].file, files[0]);
  assert.ok(added[0].claims.some((c: { cueText: string; contentText: string }) => c.contentText.includes('half')));
});

test('index: a file with the bytes of one already indexed is copied, not analysed; --jobs 1 and 3 give the same lines', () => {
  const { dir, files } = corpus();
  const outs = [1, 3].map((jobs) => {
    const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
    assert.equal(run('index', '--jobs', String(jobs), '--out', out, dir).status, 0);
    return jsonLines(readFileSync(out, 'utf8')).sort((a, b) => a.file.localeCompare(b.file));
  });
  assert.deepEqual(outs[0], outs[1]);
  const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
  assert.equal(run('index', '--out', out, files[0]).status, 0);
  const twin = join(dir, 'twin.news');
  writeFileSync(twin, readFileSync(files[0]));
  assert.equal(run('index', '--out', out, files[0], twin).status, 0);
  const [a, b] = jsonLines(readFileSync(out, 'utf8'));
  assert.equal(b.file, twin);
  assert.deepEqual(b.claims, a.claims);
});

test('index: a last line cut short by a crash is dropped with a note, and its article indexed again; other lines kept', () => {
  const { dir, files } = corpus();
  const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
  assert.equal(run('index', '--out', out, dir).status, 0);
  const whole = readFileSync(out, 'utf8');
  const lines = whole.split('\n').filter(Boolean);
  // Keep two lines whole and half of the third, as a run stopped while writing it leaves the file.
  writeFileSync(out, `${lines[0]}\n${lines[1]}\n${lines[2].slice(0, Math.floor(lines[2].length / 2))}`);
  const r = run('index', '--out', out, dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /dropped its last line, cut short/);
  const after = jsonLines(readFileSync(out, 'utf8'));
  assert.equal(after.length, 3);
  assert.deepEqual(after.slice(0, 2), jsonLines(`${lines[0]}\n${lines[1]}`));
  assert.deepEqual(after.map((l) => l.file).sort(), files);
});

test('index: bad files are named on stderr and the others indexed (exit 1); a file that is no index is never written (exit 2)', () => {
  const { dir, files } = corpus();
  const empty = tempDir('claim-lens-empty-');
  const binary = join(dir, 'picture.png');
  const out = join(tempDir('claim-lens-index-'), 'index.jsonl');
  const r = run('index', '--out', out, dir, binary, join(dir, 'missing.txt'), empty);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /picture\.png: looks like a binary file/);
  assert.match(r.stderr, /missing\.txt: no such file/);
  assert.match(r.stderr, /no article files in it/);
  assert.equal(jsonLines(readFileSync(out, 'utf8')).length, files.length);
  const article = files[0];
  const before = readFileSync(article, 'utf8');
  const notIndex = join(dir, 'notes.jsonl');
  writeFileSync(notIndex, 'my own notes\n');
  for (const [target, message] of [[notIndex, /is not a Claim Lens index/], [article, /is one of the articles/], [dir, /is a directory/]] as const) {
    const refused = run('index', '--out', target, dir);
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, message);
  }
  assert.equal(readFileSync(notIndex, 'utf8'), 'my own notes\n');
  assert.equal(readFileSync(article, 'utf8'), before);
});

test('index: --out in a folder that does not exist yet makes the folder; one under a file is refused (exit 2)', () => {
  const { dir, files } = corpus();
  const out = join(tempDir('claim-lens-index-'), 'new', 'deeper', 'index.jsonl');
  assert.equal(run('index', '--out', out, dir).status, 0);
  assert.equal(jsonLines(readFileSync(out, 'utf8')).length, files.length);
  const under = run('index', '--out', join(files[0], 'index.jsonl'), dir);
  assert.equal(under.status, 2);
  assert.match(under.stderr, /is a file, not a folder/);
});

test('index: usage errors are one line and the usage, exit 2', () => {
  const { dir } = corpus();
  for (const [args, message] of [[['index', dir], /index needs --out/], [['index', '--out', 'x.jsonl'], /no files or folders/], [['index', '--jobs', '0', '--out', 'x.jsonl', dir], /--jobs takes a whole number/], [['report', '--format', 'pdf', dir], /unknown format "pdf"/]] as const) {
    const r = run(...args);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr.split('\n')[0], message);
    assert.match(r.stderr, /Usage: claim-lens extract/);
  }
});
