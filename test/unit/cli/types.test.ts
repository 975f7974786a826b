import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Claim, ClaimType } from '../../../src/engine/index';
import { parseBrat } from '../../../src/review/brat';
import { serializeSidecar, setVerdict, type Sidecar } from '../../../src/review/verdicts/index';
import { analyze } from '../../support/engine';
import { csvRows } from '../../support/csvRows';
import { assertCleanStderr, run, tempDir } from '../../support/cliRun';
import { TYPED_ARTICLE } from '../../support/typedArticle';

const TYPED = TYPED_ARTICLE;
const CLAIMS = analyze(TYPED).claims;
const typesOf = (claims: { type: ClaimType }[]) => claims.map((c) => c.type);

test('the test article has a claim of each of the four types, so that each filter below has something to drop', () => {
  assert.deepEqual(typesOf(CLAIMS), ['statement', 'position', 'other', 'finding']);
  assert.equal(CLAIMS[2].cueText, 'sentenced');
});

test('--types: an unknown name or an empty list is one line naming the bad value and the allowed ones, then the usage, exit 2', () => {
  const dir = tempDir({ 'a.txt': TYPED });
  const a = join(dir, 'a.txt');
  const cases: [string[], RegExp][] = [
    [['extract', '--types', 'statement,opinion', a], /^claim-lens: --types: unknown type "opinion": use statement, finding, position, other$/],
    [['export', '--format', 'csv', '--types', 'Statement', a], /^claim-lens: --types: unknown type "Statement": use statement, finding, position, other$/],
    [['extract', '--types', ' , ', a], /^claim-lens: --types needs one or more of statement, finding, position, other/],
    [['extract', '--types', '', a], /^claim-lens: --types needs one or more of/],
    [['extract', a, '--types'], /--types/],
  ];
  for (const [args, first] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '', args.join(' '));
    const lines = r.stderr.split('\n');
    assert.match(lines[0], first, args.join(' '));
    assert.match(lines[2], /^Usage: claim-lens extract/, args.join(' '));
    assertCleanStderr(r.stderr);
  }
});

test('extract keeps every type by default (JSON, brat, text); --types keeps those named, in the engine\'s order', () => {
  const dir = tempDir({ 'a.txt': TYPED });
  const a = join(dir, 'a.txt');
  const json = (args: string[]) => {
    const r = run(['extract', ...args, a]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { claims: Claim[]; sentences: number };
  };
  const all = json([]);
  assert.deepEqual(all.claims, CLAIMS, 'every claim, with its type');
  for (const list of ['position,statement', 'other', ' finding , statement ', 'statement,statement']) {
    const wanted = list.split(',').map((s) => s.trim());
    const some = json(['--types', list]);
    assert.deepEqual(some.claims, CLAIMS.filter((c) => wanted.includes(c.type)), list);
    assert.equal(some.sentences, all.sentences);
  }
  const brat = (args: string[]) => parseBrat(run(['extract', '--format', 'brat', ...args, a]).stdout, TYPED);
  assert.equal(brat([]).length, CLAIMS.length, 'brat keeps every type, other too');
  assert.deepEqual(brat(['--types', 'other']).map((x) => x.cue), CLAIMS.filter((c) => c.type === 'other').map((c) => c.cue));
  const text = run(['extract', '--format', 'text', a]).stdout.split('\n');
  assert.equal(text[0], `${a}: ${CLAIMS.length} claims`);
  for (const c of CLAIMS) assert.ok(text.some((l) => new RegExp(`^\\s+\\d+:\\d+  ${c.type} +.*  ${c.cueText} \\(`).test(l)), `${c.type} ${c.cueText}:\n${text.join('\n')}`);
  const positions = run(['extract', '--format', 'text', '--types', 'position', a]).stdout;
  assert.match(positions, /: 1 claim\n/);
  assert.doesNotMatch(positions, /statement|other|finding/);
});

/** A verdict file rating the article's statement and its action (type other) True. */
function verdicts(): Sidecar {
  let side: Sidecar = { version: 1, records: [] };
  for (const type of ['statement', 'other'] as const) {
    const claim = CLAIMS.find((c) => c.type === type)!;
    side = setVerdict(side, TYPED, CLAIMS, claim, { rating: 'True', updated: '2026-11-29T10:00:00.000Z' });
  }
  return side;
}

test('export lists statements, findings and positions by default (CSV with a type column), brat every type; a ClaimReview never holds an other claim', () => {
  const dir = tempDir({ 'a.news': TYPED });
  const a = join(dir, 'a.news');
  writeFileSync(`${a}.claims.json`, serializeSidecar(verdicts()));
  const out = (format: string, ...more: string[]) => {
    const r = run(['export', '--format', format, ...more, a]);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const reviewed = CLAIMS.filter((c) => c.type !== 'other');
  const [head, ...rows] = csvRows(out('csv'));
  const type = head.indexOf('type');
  assert.ok(type >= 0, head.join(','));
  assert.deepEqual(rows.map((r) => r[type]), typesOf(reviewed));
  assert.deepEqual(csvRows(out('csv', '--types', 'other,position')).slice(1).map((r) => r[type]), typesOf(CLAIMS.filter((c) => c.type === 'other' || c.type === 'position')));
  const json = JSON.parse(out('json')) as { claims: Claim[]; orphans: unknown[] };
  assert.deepEqual(typesOf(json.claims), typesOf(reviewed));
  assert.deepEqual(json.orphans, [], 'the verdict on the claim left out is not an orphan');
  const md = out('md');
  assert.match(md, new RegExp(`^${reviewed.length} claims \\(statement, finding, position; 1 of other types left out\\), 1 rated\\.$`, 'm'));
  assert.match(md, /\*believe\* \(position, line 3\)/);
  assert.equal(parseBrat(out('brat'), TYPED).length, CLAIMS.length);
  assert.equal(parseBrat(out('brat', '--types', 'statement'), TYPED).length, 1);
  for (const args of [[], ['--types', 'statement,finding,position,other'], ['--types', 'other']]) {
    const reviews = JSON.parse(out('claimreview', ...args)) as { claimReviewed: string }[];
    assert.deepEqual(reviews.map((r) => r.claimReviewed), args.length && args[1] === 'other' ? [] : [CLAIMS[0].contentText], args.join(' '));
  }
  assert.equal(readFileSync(`${a}.claims.json`, 'utf8'), serializeSidecar(verdicts()), 'the verdict file is untouched');
});
