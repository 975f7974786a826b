import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLE, CLI, assertCleanStderr, run, tempDir } from '../../support/cliRun';

test('no arguments: the usage on stderr, nothing on stdout, exit 2', () => {
  const r = run([]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Usage: claim-lens extract/);
  assertCleanStderr(r.stderr);
});

test('--help: the usage on stdout, exit 0', () => {
  for (const args of [['--help'], ['extract', '--help'], ['export', '--help']]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage: claim-lens extract/);
    assert.equal(r.stderr, '');
  }
});

test('unknown options and missing values: one line naming the option, then the usage, exit 2', () => {
  const dir = tempDir({ 'a.txt': ARTICLE });
  const a = join(dir, 'a.txt');
  const cases: [string[], RegExp][] = [
    [['extract', '--bogus', a], /--bogus/],
    [['export', '--format', 'csv', '--bogus', a], /--bogus/],
    [['extract', a, '--out-dir'], /--out-dir/],
    [['extract', '--format', '--out-dir', join(dir, 'o'), a], /--format/],
    [['export', '--format', 'csv', a, '--out-dir'], /--out-dir/],
    [['export', a, '--format'], /--format/],
    [['extract', '--max-size', 'lots', a], /--max-size/],
    [['extract', '--max-size', '-5', a], /--max-size/],
    [['extract', '--out-dir', '', a], /--out-dir/],
  ];
  for (const [args, names] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '', args.join(' '));
    const [first, , usage] = r.stderr.split('\n');
    assert.match(first, names, args.join(' '));
    assert.match(usage, /^Usage: claim-lens extract/, args.join(' '));
    assertCleanStderr(r.stderr);
  }
  assert.equal(existsSync(join(dir, 'o')), false, 'nothing was written');
});

test('a file name that looks like an option can follow --', () => {
  const dir = tempDir({ '-a.txt': ARTICLE });
  const r = run(['extract', '--', '-a.txt'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).file, '-a.txt');
});

test('export --url and --review-url must be http(s) URLs: otherwise one line naming the flag, exit 2', () => {
  const dir = tempDir({ 'a.news': ARTICLE });
  const a = join(dir, 'a.news');
  for (const [flag, value] of [['--url', 'javascript:alert(1)'], ['--review-url', 'data:text/html,<b>x</b>'], ['--url', 'https://user:pw@example.org/'], ['--review-url', 'example.org/reviews']]) {
    const r = run(['export', '--format', 'claimreview', flag, value, a]);
    assert.equal(r.status, 2, `${flag} ${value}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    const [first] = r.stderr.split('\n');
    assert.ok(first.startsWith(`claim-lens: ${flag} `), first);
    assert.match(first, /http/);
    assertCleanStderr(r.stderr);
  }
  const ok = run(['export', '--format', 'claimreview', '--url', 'https://gazette.example/a', '--review-url', 'https://desk.example/r', a]);
  assert.equal(ok.status, 0, ok.stderr);
});

test('an unexpected failure is one line (internal error, exit 3); --debug adds the trace', () => {
  // The bundle alone, without its models beside it, cannot start.
  const dir = tempDir({ 'a.txt': ARTICLE });
  const lone = join(dir, 'cli.js');
  copyFileSync(CLI, lone);
  const r = spawnSync(process.execPath, [lone, 'extract', join(dir, 'a.txt')], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /^claim-lens: internal error: Claim Lens models not found .* \(run with --debug for details\)\n$/);
  assertCleanStderr(r.stderr);
  const debug = spawnSync(process.execPath, [lone, 'extract', '--debug', join(dir, 'a.txt')], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(debug.status, 3);
  assert.match(debug.stderr, /^claim-lens: internal error: Claim Lens models not found/);
  assert.match(debug.stderr, /\n\s+at /, 'the trace follows');
});
