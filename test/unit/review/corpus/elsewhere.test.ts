import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../../../src/engine/index';
import { QuoteIndex } from '../../../../src/review/corpus/elsewhere';
import { COMMON, NEAR, quoteSimilarity } from '../../../../src/review/corpus/repeated';
import { engine } from '../../../support/engine';

const LINE = 'We will build the new bridge before the winter floods reach the lower town, and every family there will be safe';
const OTHER = 'The audit found that the agency spent twice what it told the committee it would spend last spring';

/** A direct quote's claim, as the engine gives it for "“…,” Mayor Elena Varga said." */
function quoteClaim(quote: string, speaker = 'Mayor Elena Varga'): Claim {
  const claims = engine.analyze(`“${quote},” ${speaker} said.\n`).claims;
  assert.equal(claims.length, 1, quote);
  return claims[0];
}

test('quote similarity: 1 for the same words however typeset, the shingles\' Jaccard for a near copy, 0 for a quote too short to tell', () => {
  assert.equal(quoteSimilarity(`“${LINE},”`, LINE.toUpperCase() + '!'), 1);
  const trimmed = LINE.split(' ').slice(2).join(' ');
  assert.ok(quoteSimilarity(LINE, trimmed) >= NEAR && quoteSimilarity(LINE, trimmed) < 1);
  assert.ok(quoteSimilarity(LINE, OTHER) < 0.1);
  assert.equal(quoteSimilarity('We will see.', 'We will see.'), 0);
});

test('said elsewhere: the same quote in other articles is found with its article and line; the article asked about is left out', () => {
  const index = new QuoteIndex();
  const a = quoteClaim(LINE);
  const b = quoteClaim(LINE.replace('winter', 'spring'));
  const c = quoteClaim(OTHER);
  index.set('a.news', [a], [3]);
  index.set('b.news', [b, c], [7, 9]);
  index.set('c.news', [quoteClaim(LINE)], [1]);
  const found = index.elsewhere(a, 'a.news');
  assert.deepEqual(found.map((f) => [f.article, f.line, f.similarity === 1]), [['c.news', 1, true], ['b.news', 7, false]]);
  assert.ok(found[1].similarity >= NEAR);
  assert.deepEqual(index.elsewhere(c, 'b.news'), []);
  // An article set again replaces its quotes; one deleted is gone.
  index.set('b.news', [c], [2]);
  assert.deepEqual(index.elsewhere(a, 'a.news').map((f) => f.article), ['c.news']);
  index.delete('c.news');
  assert.deepEqual(index.elsewhere(a, 'a.news'), []);
  assert.equal(index.articles, 2);
});

test('said elsewhere: a threshold above a near copy\'s similarity leaves it out; a paraphrase is compared by its content; short texts never', () => {
  const index = new QuoteIndex();
  const a = quoteClaim(LINE);
  index.set('b.news', [quoteClaim(LINE.split(' ').slice(3).join(' '))], [1]);
  assert.equal(index.elsewhere(a, 'a.news').length, 1);
  assert.equal(index.elsewhere(a, 'a.news', 0.99).length, 0);
  const [indirect] = engine.analyze(`Mayor Elena Varga said ${LINE.replace('We will', 'the city would').replace('will be safe', 'would be safe')}.\n`).claims;
  assert.equal(indirect.quoteKind, 'indirect');
  index.set('c.news', [indirect], [1]);
  assert.deepEqual(index.elsewhere(a, 'a.news').map((f) => f.article), ['b.news', 'c.news'], 'the same statement reported in other words');
  const [unrelated] = engine.analyze('Critics said the harbour budget had doubled since the last election in the spring.\n').claims;
  index.set('d.news', [unrelated], [1]);
  assert.equal(index.elsewhere(a, 'a.news').length, 2);
  index.set('e.news', [quoteClaim('We will see about that')], [1]);
  assert.deepEqual(index.elsewhere(quoteClaim('We will see about that'), 'f.news'), []);
});

test('said elsewhere: wire copy run by more articles than a shingle may be shared by is still found, by its words', () => {
  const index = new QuoteIndex();
  const claim = quoteClaim(LINE);
  const n = COMMON + 20;
  for (let i = 0; i < n; i++) index.set(`outlet-${i}.news`, [{ ...claim }], [i + 1]);
  assert.equal(index.elsewhere(claim, 'outlet-0.news').length, n - 1);
  for (let i = 1; i < n; i++) index.delete(`outlet-${i}.news`);
  assert.deepEqual(index.elsewhere(claim, 'outlet-0.news'), [], 'deleted articles leave nothing behind');
  assert.equal(index.articles, 1);
});
