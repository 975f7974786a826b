import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLE, ONE_CLAIM, assertCleanStderr, run, tempDir } from '../../support/cliRun';

/** Runs that used to hang get little time: a hang fails (status null), it does not block. */
const HANG_LIMIT = 8_000;

function jsonLines(stdout: string): { file: string; claims: unknown[] }[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

test('a FIFO is refused at once (it is not a regular file); the next file is processed', () => {
  const dir = tempDir({ 'good.txt': ARTICLE });
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const r = run(['extract', fifo, join(dir, 'good.txt')], { timeout: HANG_LIMIT });
  assert.equal(r.signal, null, 'the CLI hung on the FIFO');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: .*pipe\.txt: is not a regular file \(a FIFO\)/m);
  assert.deepEqual(jsonLines(r.stdout).map((o) => o.file), [join(dir, 'good.txt')]);
  assertCleanStderr(r.stderr);
});

test('/dev/zero is refused at once; it is never read', () => {
  const dir = tempDir({ 'good.txt': ARTICLE });
  const r = run(['extract', '/dev/zero', join(dir, 'good.txt')], { timeout: HANG_LIMIT });
  assert.equal(r.signal, null, 'the CLI kept reading /dev/zero');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: \/dev\/zero: is not a regular file \(a character device\)/m);
  assert.equal(jsonLines(r.stdout).length, 1);
  assertCleanStderr(r.stderr);
});

test('over --max-size (bytes): one line with the file, its size and the limit; the next file is processed', () => {
  const dir = tempDir({ 'big.txt': 'x'.repeat(5_500_000), 'good.txt': ARTICLE });
  const r = run(['extract', join(dir, 'big.txt'), join(dir, 'good.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: .*big\.txt: 5\.2 MB is over the size limit of 5\.0 MB \(raise it with --max-size\)$/m);
  assert.equal(jsonLines(r.stdout).length, 1);
  assertCleanStderr(r.stderr);
});

test('over the engine\'s 5,000,000 characters: one line with the file, its length and the limit; the next file is processed', () => {
  // 5.5 MB with --max-size raised, and 5.1 MB under the default --max-size (5 MiB): both too long for the engine.
  const dir = tempDir({ 'raised.txt': 'word '.repeat(1_100_000), 'under.txt': 'x'.repeat(5_100_000), 'good.txt': ARTICLE });
  const r = run(['extract', '--max-size', '6000000', join(dir, 'raised.txt'), join(dir, 'under.txt'), join(dir, 'good.txt')]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^claim-lens: .*raised\.txt: 5,500,000 characters, over the engine's limit of 5,000,000$/m);
  assert.match(r.stderr, /^claim-lens: .*under\.txt: 5,100,000 characters, over the engine's limit of 5,000,000$/m);
  assert.deepEqual(jsonLines(r.stdout).map((o) => o.file), [join(dir, 'good.txt')]);
  assertCleanStderr(r.stderr);
  assert.ok(r.stderr.length < 1000, 'no minified source on stderr');
});

test('a file that cannot hold few enough characters is refused by its size, unread, even with --max-size raised', () => {
  const dir = tempDir({ 'huge.txt': Buffer.alloc(16_000_000, 0x78) });
  const r = run(['extract', '--max-size', '100000000', join(dir, 'huge.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: .*huge\.txt: 15\.3 MB is over the engine's limit of 5,000,000 characters/m);
  assertCleanStderr(r.stderr);
});

test('UTF-16 LE and BE with a BOM are read as text, with the same claims as UTF-8', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  const dir = tempDir({ 'le.txt': le, 'be.txt': be, 'utf8.txt': ARTICLE, 'odd.txt': Buffer.concat([le, Buffer.from([0x41])]) });
  const r = run(['extract', join(dir, 'utf8.txt'), join(dir, 'le.txt'), join(dir, 'be.txt'), join(dir, 'odd.txt')]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^claim-lens: .*odd\.txt: is not valid UTF-16 text$/m);
  const [utf8, ...others] = jsonLines(r.stdout);
  assert.equal(others.length, 2);
  assert.ok(utf8.claims.length >= 2);
  for (const o of others) assert.deepEqual(o.claims, utf8.claims, o.file);
  assertCleanStderr(r.stderr);
});

test('UTF-16 that holds NUL characters is still called binary', () => {
  const dir = tempDir({ 'nul.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]) });
  const r = run(['extract', join(dir, 'nul.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nul\.txt: looks like a binary file/);
});

test('one claim is "1 claim", in the table and in the message of --out-dir', () => {
  const dir = tempDir({ 'one.txt': ONE_CLAIM, 'two.txt': ARTICLE });
  const table = run(['extract', '--format', 'text', join(dir, 'one.txt')]);
  assert.match(table.stdout, /one\.txt: 1 claim\n/);
  const r = run(['extract', '--out-dir', join(dir, 'out'), join(dir, 'one.txt'), join(dir, 'two.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /one\.txt: 1 claim → /);
  assert.match(r.stderr, /two\.txt: 2 claims → /);
  const x = run(['export', '--format', 'csv', '--out-dir', join(dir, 'x'), join(dir, 'one.txt')]);
  assert.equal(x.status, 0, x.stderr);
  assert.match(x.stderr, /one\.txt: 1 claim, 0 with verdicts → /);
});

test('control characters in a file name are escaped in the table and in every message', () => {
  const name = 'two\nlines\u001b[31m.txt';
  const dir = tempDir({ [name]: ARTICLE });
  const file = join(dir, name);
  const table = run(['extract', '--format', 'text', file]);
  assert.equal(table.status, 0, table.stderr);
  const lines = table.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1 + 2 * 2, 'a header and two lines a claim');
  assert.ok(lines[0].endsWith('two\\nlines\\x1b[31m.txt: 2 claims'), lines[0]);
  const out = run(['extract', '--out-dir', join(dir, 'out'), file, `${file}.missing`]);
  assert.equal(out.status, 1);
  const messages = out.stderr.trimEnd().split('\n');
  assert.equal(messages.length, 2, out.stderr);
  assert.match(messages[0], /two\\nlines\\x1b\[31m\.txt: 2 claims → .*two\\nlines\\x1b\[31m\.json$/);
  assert.match(messages[1], /two\\nlines\\x1b\[31m\.txt\.missing: no such file$/);
  assert.equal(JSON.parse(run(['extract', file]).stdout).file, file, 'JSON keeps the name as it is');
});

test('control characters in an article are escaped in the table', () => {
  const dir = tempDir({ 'a.txt': 'Mayor Elena Varga said the plan \u001b[2J would work.\n' });
  const r = run(['extract', '--format', 'text', join(dir, 'a.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /\u001b/);
  assert.match(r.stdout, /\\x1b\[2J/);
});


test('export: a verdict file that is a FIFO or a device is named and left alone, without waiting; the next file is exported', () => {
  const dir = tempDir({ 'fifo.news': ARTICLE, 'zero.news': ARTICLE, 'good.news': ONE_CLAIM });
  execFileSync('mkfifo', [join(dir, 'fifo.news.claims.json')]);
  symlinkSync('/dev/zero', join(dir, 'zero.news.claims.json'));
  const r = run(['export', '--format', 'csv', 'fifo.news', 'zero.news', 'good.news'], { cwd: dir, timeout: HANG_LIMIT });
  assert.equal(r.signal, null, 'the CLI hung on the verdict file');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: fifo\.news\.claims\.json: is not a regular file \(a FIFO\) \(left untouched; nothing exported for fifo\.news\)$/m);
  assert.match(r.stderr, /^claim-lens: zero\.news\.claims\.json: is not a regular file \(a character device\)/m);
  assert.match(r.stdout, /Elena Varga/);
  assertCleanStderr(r.stderr);
});
