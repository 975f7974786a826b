import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLE, assertCleanStderr, run, tempDir } from '../../support/cliRun';
import { FOREIGN_ARTICLES, FRENCH_WITH_ENGLISH } from '../../support/foreignArticles';

const line = (file: string, language: string) =>
  `claim-lens: ${file}: looks like ${language}; Claim Lens reads English only: no claims (use --language en to analyse it anyway)`;

test('extract: an article in another language gives no claims and one line on stderr naming its language; English articles beside it are analysed; exit 0', () => {
  const dir = tempDir({ 'en.txt': ARTICLE, ...Object.fromEntries(Object.entries(FOREIGN_ARTICLES).map(([l, t]) => [`${l}.txt`, t])) });
  const files = ['en.txt', ...Object.keys(FOREIGN_ARTICLES).map((l) => `${l}.txt`)];
  const r = run(['extract', ...files], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stderr.trim().split('\n'), Object.keys(FOREIGN_ARTICLES).map((l) => line(`${l}.txt`, l)));
  assertCleanStderr(r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; sentences: number; claims: unknown[] });
  assert.deepEqual(out.map((o) => o.file), files, 'one JSON line per file, the foreign ones too');
  assert.ok(out[0].claims.length >= 2, 'the English article keeps its claims');
  for (const o of out.slice(1)) assert.deepEqual([o.sentences, o.claims], [0, []], o.file);
});

test('a French article with an English sentence: no claims by default, the sentence\'s claim with --language en (and no line on stderr)', () => {
  const dir = tempDir({ 'mixed.txt': FRENCH_WITH_ENGLISH });
  const auto = run(['extract', '--format', 'text', 'mixed.txt'], { cwd: dir });
  assert.equal(auto.status, 0, auto.stderr);
  assert.equal(auto.stderr, `${line('mixed.txt', 'French')}\n`);
  assert.equal(auto.stdout, 'mixed.txt: 0 claims\n');
  for (const args of [['--language', 'en'], ['--language=en']]) {
    const en = run(['extract', ...args, 'mixed.txt'], { cwd: dir });
    assert.equal(en.status, 0, en.stderr);
    assert.equal(en.stderr, '');
    const { claims } = JSON.parse(en.stdout) as { claims: { speaker?: { name: string } }[] };
    assert.deepEqual(claims.map((c) => c.speaker?.name), ['Sarah Collins']);
  }
  const explicit = run(['extract', '--language', 'auto', 'mixed.txt'], { cwd: dir });
  assert.equal(explicit.stderr, `${line('mixed.txt', 'French')}\n`, '--language auto is the default');
});

test('export and --out-dir: the same line, an output with no claims, exit 0', () => {
  const dir = tempDir({ 'es.news': FOREIGN_ARTICLES.Spanish });
  const r = run(['export', '--format', 'csv', '--out-dir', 'out', 'es.news'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stderr.trim().split('\n'), [line('es.news', 'Spanish'), `claim-lens: es.news: 0 claims, 0 with verdicts → ${join('out', 'es.claims.csv')}`]);
  assert.equal(readFileSync(join(dir, 'out', 'es.claims.csv'), 'utf8').trim().split('\n').length, 1, 'the header only');
});

test('a short text in another language (under 200 letters) is analysed as it was: no line', () => {
  const dir = tempDir({ 'short.txt': '« Nous n\'avons pas le choix », a-t-il affirmé. Selon la préfecture, les travaux commenceront au printemps.\n' });
  const r = run(['extract', 'short.txt'], { cwd: dir });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.ok((JSON.parse(r.stdout) as { sentences: number }).sentences > 0, 'the engine read it');
});

test('--language takes auto or en: anything else is one line naming the flag and the values, then the usage, exit 2', () => {
  const dir = tempDir({ 'a.txt': ARTICLE });
  for (const value of ['fr', 'EN', 'english', '']) {
    const r = run(['extract', '--language', value, 'a.txt'], { cwd: dir });
    assert.equal(r.status, 2, value);
    assert.equal(r.stdout, '');
    const [first, , usage] = r.stderr.split('\n');
    assert.equal(first, `claim-lens: --language: unknown value "${value}": use auto or en`);
    assert.match(usage, /^Usage: claim-lens extract .*\[--language auto\|en\]/);
  }
  const missing = run(['export', '--format', 'md', 'a.txt', '--language'], { cwd: dir });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr.split('\n')[0], /--language/);
});
