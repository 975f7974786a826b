import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../support/tempDir';
import { BRIDGE, corpus, jsonLines, run } from './archiveFixtures';

interface Report {
  articles: number;
  claims: number;
  sourceKinds: Record<string, number>;
  types: Record<string, number>;
  speakers: { name: string; claims: number; articles: number; quotedWords: number }[];
  repeated: { text: string; occurrences: { file: string; line: number }[] }[];
}

const json = (...args: string[]): Report => {
  const r = run('report', '--format', 'json', ...args);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

test('report --format json: counts that add up, speakers merged across articles, the quote run in two articles with its places', () => {
  const { dir, files } = corpus();
  const report = json(dir);
  const extracted = jsonLines(run('extract', ...files).stdout);
  const claims = extracted.reduce((n, e) => n + e.claims.length, 0);
  assert.deepEqual(Object.keys(report), ['articles', 'claims', 'sourceKinds', 'types', 'speakers', 'repeated']);
  assert.equal(report.articles, 3);
  assert.equal(report.claims, claims);
  assert.equal(sum(report.sourceKinds), claims);
  assert.equal(sum(report.types), claims);
  // "Mayor Elena Varga" (a.news), "Varga" alone (b.txt), "Elena J. Varga" (c.md): one speaker.
  const varga = report.speakers.filter((s) => /Varga/.test(s.name));
  assert.equal(varga.length, 1, JSON.stringify(report.speakers));
  assert.equal(varga[0].name, 'Elena Varga');
  assert.equal(varga[0].articles, 3);
  assert.equal(varga[0].quotedWords, BRIDGE.split(' ').length);
  assert.deepEqual(report.speakers.find((s) => s.name === 'Tomas Brandt'), { name: 'Tomas Brandt', claims: 1, articles: 1, quotedWords: 0 });
  assert.equal(report.repeated.length, 1);
  assert.equal(report.repeated[0].text, BRIDGE);
  assert.deepEqual(report.repeated[0].occurrences, [{ file: files[0], line: 3 }, { file: files[1], line: 5 }]);
});

test('report --index: the same figures from the index without analysing; a changed article is analysed now and said so', () => {
  const { dir, files } = corpus();
  const out = join(tempDir('claim-lens-report-'), 'index.jsonl');
  assert.equal(run('index', '--out', out, dir).status, 0);
  const fresh = json(dir);
  const r = run('report', '--format', 'json', '--index', out, dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(JSON.parse(r.stdout), fresh);
  // From the index alone: every article it holds.
  assert.deepEqual(json('--index', out).claims, fresh.claims);
  appendFileSync(files[2], '\nThe governor said the state would pay half of the cost.\n');
  const changed = run('report', '--format', 'json', '--index', out, dir);
  assert.equal(changed.status, 0, changed.stderr);
  assert.match(changed.stderr, /1 article not in .*index\.jsonl \(or changed since\): analysed now/);
  assert.ok(JSON.parse(changed.stdout).claims > fresh.claims);
});

test('report --format text and md: readable tables; names, quotes and file names escaped in Markdown', () => {
  const { dir } = corpus();
  const odd = join(dir, '[evil](https:example.org)*.news');
  writeFileSync(odd, `Mayor Elena Varga said the harbour would close.\n\n“${BRIDGE},” she said.\n`);
  const text = run('report', dir);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^4 articles, \d+ claims/);
  assert.match(text.stdout, /Elena Varga\s+\d+\s+4\s+\d+/);
  const md = run('report', '--format', 'md', dir);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# Attribution report/);
  assert.match(md.stdout, /\| Elena Varga \| \d+ \| 4 \| \d+ \|/);
  assert.ok(!md.stdout.includes('[evil](https:'), 'no link from a file name');
  assert.ok(md.stdout.includes(String.raw`\[evil\]\(https\:example\.org\)\*\.news line 3`), md.stdout);
});

test('report: an index line whose claims cannot be read is left out with a note; a missing --index is a usage error', () => {
  const { dir } = corpus();
  const out = join(tempDir('claim-lens-report-'), 'index.jsonl');
  assert.equal(run('index', '--out', out, dir).status, 0);
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  const broken = JSON.parse(lines[0]);
  broken.claims = [{ sourceKind: 7 }, ...broken.claims];
  writeFileSync(out, [JSON.stringify(broken), ...lines.slice(1)].join('\n') + '\n');
  const r = run('report', '--format', 'json', '--index', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /1 claim of its index line could not be read; left out/);
  assert.equal(JSON.parse(r.stdout).articles, 3);
  const missing = run('report', '--index', join(dir, 'nope.jsonl'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--index .*nope\.jsonl: no such file/);
});
