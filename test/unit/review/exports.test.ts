import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../support/engine';
import { parseBrat } from '../../../src/review/brat';
import { claimReviews, exportAs, exportContext, validateClaimReview } from '../../../src/review/exports/index';
import { DEFAULT_SCALE, serializeSidecar, setVerdict, Sidecar } from '../../../src/review/verdicts/index';
import { tempDir } from '../../support/tempDir';
import { ROOT } from '../../support/root';

const SAMPLE_PATH = join(ROOT, 'samples', 'council-budget.news');
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const CLI = join(ROOT, 'dist', 'cli.js');

function rated(): Sidecar {
  const claims = analyze(SAMPLE).claims;
  const find = (cue: string, source: string) => claims.find((c) => c.cueText === cue && c.sourceText === source)!;
  let side: Sidecar = { version: 1, records: [] };
  side = setVerdict(side, SAMPLE, claims, find('denied', 'Varga'), { rating: 'Mostly false', note: 'Minutes show, "two rows" changed', evidence: ['https://example.org/minutes'], updated: '2026-11-28T10:00:00.000Z' });
  side = setVerdict(side, SAMPLE, claims, find('said', 'council treasurer Tomas Brandt'), { rating: 'True', updated: '2026-11-28T10:05:00.000Z' });
  side = setVerdict(side, SAMPLE, claims, find('accused', 'Okafor'), { rating: 'Unverifiable', updated: '2026-11-28T10:06:00.000Z' });
  return side;
}
const context = () => exportContext('council-budget.news', SAMPLE, analyze(SAMPLE).claims, rated().records,
  { scale: [...DEFAULT_SCALE], organization: 'Harbourton Fact Desk', articleUrl: 'https://gazette.example/budget', reviewUrl: 'https://factdesk.example/reviews' });

test('ClaimReview: one valid review per claim rated on the scale, with the speaker and the appearance', () => {
  const reviews = claimReviews(context());
  assert.equal(reviews.length, 2, 'Unverifiable has no place on the true–false scale');
  for (const r of reviews) assert.deepEqual(validateClaimReview(r), [], JSON.stringify(r));
  const varga = reviews.find((r) => (r.reviewRating as { alternateName: string }).alternateName === 'Mostly false') as Record<string, any>;
  assert.equal(varga.reviewRating.ratingValue, 2);
  assert.equal(varga.reviewRating.bestRating, 6);
  assert.equal(varga.reviewRating.worstRating, 1);
  assert.equal(varga.author.name, 'Harbourton Fact Desk');
  assert.equal(varga.itemReviewed.author.name, 'Elena Varga');
  assert.equal(varga.itemReviewed.author['@type'], 'Person');
  assert.deepEqual(varga.itemReviewed.appearance, [{ '@type': 'CreativeWork', url: 'https://gazette.example/budget' }]);
  assert.equal(varga.datePublished, '2026-11-28');
  assert.match(varga.url, /^https:\/\/factdesk\.example\/reviews#c/);
  assert.match(varga.claimReviewed, /any numbers had been changed/);
});

test('the validator catches what a bad review gets wrong', () => {
  const [good] = claimReviews(context()) as Record<string, any>[];
  const bad = JSON.parse(JSON.stringify(good));
  bad.claimReviewed = `It is ${good.reviewRating.alternateName} that the walls will hold`;
  bad.reviewRating.worstRating = 0;
  bad.datePublished = 'yesterday';
  const errors = validateClaimReview(bad);
  assert.ok(errors.includes('claimReviewed contains the rating'));
  assert.ok(errors.includes('reviewRating.worstRating must be ≥ 1'));
  assert.ok(errors.includes('datePublished is not a date'));
});

test('CSV quotes what needs quoting; Markdown and JSON carry the verdicts; brat reads back', () => {
  const x = context();
  const csv = exportAs('csv', x);
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'id,line,type,speaker,source,source_kind,cue,cue_kind,quote_kind,content,signals,rating,note,evidence,rated_by,history');
  assert.equal(lines.length, x.claims.length + 1);
  assert.ok(lines.some((l) => l.includes('Mostly false,"Minutes show, ""two rows"" changed",https://example.org/minutes')));
  const md = exportAs('md', x);
  assert.ok(md.startsWith('# Claims in council\\-budget\\.news\n'), md);
  assert.ok(md.includes('Verdict: **Mostly false** — Minutes show, "two rows" changed ([https\\:\\/\\/example\\.org\\/minutes](https://example.org/minutes))'), md);
  const json = JSON.parse(exportAs('json', x));
  assert.equal(json.claims.filter((c: { verdict: unknown }) => c.verdict).length, 3);
  assert.equal(parseBrat(exportAs('brat', x), SAMPLE).length, x.claims.length);
});

test('claim-lens export reads FILE.claims.json; a corrupt one is reported and left alone', () => {
  const dir = tempDir('claim-lens-export-');
  const article = join(dir, 'budget.news');
  copyFileSync(SAMPLE_PATH, article);
  writeFileSync(`${article}.claims.json`, serializeSidecar(rated()));
  const broken = join(dir, 'broken.news');
  copyFileSync(SAMPLE_PATH, broken);
  writeFileSync(`${broken}.claims.json`, 'not json');
  const r = spawnSync(process.execPath, [CLI, 'export', '--format', 'claimreview', '--org', 'Harbourton Fact Desk', article, broken], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.news\.claims\.json: not valid JSON/);
  const reviews = JSON.parse(r.stdout);
  assert.equal(reviews.length, 2);
  for (const review of reviews) assert.deepEqual(validateClaimReview(review), []);
  assert.equal(readFileSync(`${broken}.claims.json`, 'utf8'), 'not json');
  const csv = spawnSync(process.execPath, [CLI, 'export', '--format', 'csv', '--out-dir', join(dir, 'out'), article], { encoding: 'utf8' });
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(readFileSync(join(dir, 'out', 'budget.claims.csv'), 'utf8'), /Mostly false/);
});

test('an export leaves out the claims below the editor’s minimum confidence, and their verdicts stay matched to them (not orphans)', () => {
  const claims = analyze(SAMPLE).claims;
  const denied = claims.find((c) => c.cueText === 'denied' && c.sourceText === 'Varga')!;
  // The rated claim "denied" made the least confident of all: only it falls below the minimum.
  const lowered = claims.map((c) => (c === denied ? { ...c, confidence: 0.1 } : { ...c, confidence: Math.max(c.confidence, 0.5) }));
  const x = exportContext('council-budget.news', SAMPLE, lowered, rated().records, { scale: [...DEFAULT_SCALE], minConfidence: 0.4 });
  assert.equal(x.claims.length, claims.length - 1);
  assert.ok(!x.claims.some((e) => e.claim.id === denied.id));
  assert.equal(x.leftOut, 1);
  assert.deepEqual(x.orphans, []);
});
