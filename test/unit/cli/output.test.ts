import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLE, CLI, ONE_CLAIM, assertCleanStderr, run, tempDir } from '../../support/cliRun';

const HANG_LIMIT = 8_000;

/** A folder `same` holding story.txt and story.json, both articles. */
function sameFolder() {
  const dir = tempDir();
  mkdirSync(join(dir, 'same'));
  writeFileSync(join(dir, 'same', 'story.txt'), ARTICLE);
  writeFileSync(join(dir, 'same', 'story.json'), ONE_CLAIM);
  return dir;
}

test('an output that would replace its own input is refused, naming it; the article is intact', () => {
  const dir = sameFolder();
  for (const [format, input] of [['text', 'story.txt'], ['json', 'story.json']]) {
    const r = run(['extract', '--format', format, '--out-dir', 'same', `same/${input}`], { cwd: dir });
    assert.equal(r.status, 1, `${format}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^claim-lens: same/${input}: not written: its output same/${input} is the input same/${input}$`, 'm'));
    assertCleanStderr(r.stderr);
  }
  assert.equal(readFileSync(join(dir, 'same', 'story.txt'), 'utf8'), ARTICLE);
  assert.equal(readFileSync(join(dir, 'same', 'story.json'), 'utf8'), ONE_CLAIM);
});

test('an output that is another input of the run is refused, however the path is spelled', () => {
  const dir = sameFolder();
  symlinkSync(join(dir, 'same'), join(dir, 'link'));
  // story.txt's JSON output would be same/story.json, itself an input.
  for (const outDir of ['same', './same/../same', 'link', join(dir, 'same')]) {
    const r = run(['extract', '--out-dir', outDir, 'same/story.txt', './same/story.json'], { cwd: dir });
    assert.equal(r.status, 1, `${outDir}: ${r.stderr}`);
    assert.match(r.stderr, /^claim-lens: same\/story\.txt: not written: its output .*story\.json is the input \.\/same\/story\.json$/m, outDir);
    assertCleanStderr(r.stderr);
  }
  assert.equal(readFileSync(join(dir, 'same', 'story.json'), 'utf8'), ONE_CLAIM);
});

test('an output that is a symbolic link to an input is refused', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'in', 'story.news'), ARTICLE);
  symlinkSync(join(dir, 'in', 'story.news'), join(dir, 'out', 'story.txt'));
  const r = run(['extract', '--format', 'text', '--out-dir', 'out', 'in/story.news'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /in\/story\.news: not written: its output out\/story\.txt is the input in\/story\.news/);
  assert.equal(readFileSync(join(dir, 'in', 'story.news'), 'utf8'), ARTICLE);
});

test('same-named inputs in two folders: --out-dir mirrors their paths from the folder they share', () => {
  const dir = tempDir();
  for (const [sub, text] of [['a', ARTICLE], ['b', ONE_CLAIM]]) {
    mkdirSync(join(dir, 'in', sub), { recursive: true });
    writeFileSync(join(dir, 'in', sub, 'story.news'), text);
  }
  const r = run(['extract', '--out-dir', 'out', 'in/a/story.news', 'in/b/story.news'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'a', 'story.json'), 'utf8')).claims.length, 2);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'b', 'story.json'), 'utf8')).claims.length, 1);
  assert.match(r.stderr, /in\/a\/story\.news: 2 claims → out\/a\/story\.json/);
  const x = run(['export', '--format', 'csv', '--out-dir', 'x', 'in/a/story.news', 'in/b/story.news'], { cwd: dir });
  assert.equal(x.status, 0, x.stderr);
  assert.ok(existsSync(join(dir, 'x', 'a', 'story.claims.csv')) && existsSync(join(dir, 'x', 'b', 'story.claims.csv')));
});

test('two inputs with one output name: the second is refused, naming both; the first output is kept', () => {
  const dir = tempDir({ 'story.news': ARTICLE, 'story.txt': ONE_CLAIM });
  const r = run(['extract', '--out-dir', 'out', 'story.news', 'story.txt'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^claim-lens: story\.txt: not written: its output out\/story\.json is the output of story\.news$/m);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'story.json'), 'utf8')).file, 'story.news');
  assertCleanStderr(r.stderr);
});

test('an output named like a verdict file is refused', () => {
  const dir = tempDir({ 'story.claims.txt': ARTICLE });
  const r = run(['extract', '--out-dir', 'out', 'story.claims.txt'], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /story\.claims\.txt: not written: its output out\/story\.claims\.json would be taken for a verdict file/);
  assert.equal(existsSync(join(dir, 'out', 'story.claims.json')), false);
});

test('export --out-dir: an output that is an input or a verdict file is refused; the verdicts are intact', () => {
  const dir = tempDir({ 'story.ann': ARTICLE, 'story.news': ARTICLE, 'story.news.claims.json': '{"version":1,"records":[]}' });
  const same = run(['export', '--format', 'brat', '--out-dir', '.', 'story.ann'], { cwd: dir });
  assert.equal(same.status, 1, same.stderr);
  assert.match(same.stderr, /story\.ann: not written: its output story\.ann is the input story\.ann/);
  assert.equal(readFileSync(join(dir, 'story.ann'), 'utf8'), ARTICLE);
  mkdirSync(join(dir, 'out'));
  symlinkSync(join(dir, 'story.news.claims.json'), join(dir, 'out', 'story.ann'));
  const side = run(['export', '--format', 'brat', '--out-dir', 'out', 'story.news'], { cwd: dir });
  assert.equal(side.status, 1, side.stderr);
  assert.match(side.stderr, /story\.news: not written: its output out\/story\.ann is the verdict file story\.news\.claims\.json/);
  assert.equal(readFileSync(join(dir, 'story.news.claims.json'), 'utf8'), '{"version":1,"records":[]}');
});

test('an output path that is a FIFO or a folder is refused without waiting', () => {
  const dir = tempDir({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
  mkdirSync(join(dir, 'out'));
  execFileSync('mkfifo', [join(dir, 'out', 'a.json')]);
  mkdirSync(join(dir, 'out', 'b.json'));
  const r = run(['extract', '--out-dir', 'out', 'a.txt', 'b.txt'], { cwd: dir, timeout: HANG_LIMIT });
  assert.equal(r.signal, null, 'the CLI hung on the FIFO');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^claim-lens: a\.txt: not written: its output out\/a\.json is not a regular file$/m);
  assert.match(r.stderr, /^claim-lens: b\.txt: not written: its output out\/b\.json is not a regular file$/m);
  assertCleanStderr(r.stderr);
});

test('--out-dir at a file, under a file, or where nothing can be made: one line, exit 2, nothing changed', () => {
  const dir = tempDir({ 'a.txt': ARTICLE, 'file': 'keep me' });
  const cases: [string, RegExp][] = [
    ['file', /^claim-lens: --out-dir file: is a file, not a folder$/m],
    ['file/sub/dir', /^claim-lens: --out-dir file\/sub\/dir: file is a file, not a folder$/m],
    ['/proc/nonexist', /^claim-lens: --out-dir \/proc\/nonexist: cannot create \/proc\/nonexist \(.+\)$/m],
    ['/proc/nonexist/deeper', /^claim-lens: --out-dir \/proc\/nonexist\/deeper: cannot create \/proc\/nonexist \(.+\)$/m],
  ];
  for (const [outDir, message] of cases) {
    for (const command of [['extract'], ['export', '--format', 'md']]) {
      const r = run([...command, '--out-dir', outDir, 'a.txt'], { cwd: dir, timeout: HANG_LIMIT });
      assert.equal(r.signal, null, `${outDir}: the CLI hung`);
      assert.equal(r.status, 2, `${outDir}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
    }
  }
  assert.equal(readFileSync(join(dir, 'file'), 'utf8'), 'keep me');
});

test('stdout closed early (| head -c1): the CLI stops quietly, exit 0', () => {
  const dir = tempDir({ 'a.txt': ARTICLE.repeat(200) });
  const files = Array.from({ length: 30 }, () => join(dir, 'a.txt'));
  for (const format of ['text', 'json']) {
    const r = spawnSync('sh', ['-c', '(node "$@"; echo "status $?" >&2) | head -c1 >/dev/null', 'sh', CLI, 'extract', '--format', format, ...files], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null);
    assert.match(r.stderr, /^status 0$/m, r.stderr);
    assert.equal(r.stderr.trim(), 'status 0', 'nothing else on stderr');
  }
});
