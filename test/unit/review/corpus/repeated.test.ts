import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jaccard, quoteWords, repeatedQuotes } from '../../../../src/review/corpus/repeated';

const LINE = 'We will build the new bridge before the winter floods reach the lower town, and every family there will be safe';

test('quote words: case, quotation marks, apostrophes, punctuation and white space folded', () => {
  assert.deepEqual(quoteWords('“We’re  NOT going—back,” she said.'), ["we're", 'not', 'going', 'back', 'she', 'said']);
  assert.deepEqual(quoteWords("We're not going back"), quoteWords('“We’re not   going back!”'));
});

test('the same quote in two articles, however it is typeset, is one repeated quote with both places', () => {
  const r = repeatedQuotes([
    { file: 'a.news', line: 3, text: `“${LINE},”` },
    { file: 'b.news', line: 12, text: `"${LINE.toUpperCase()}."` },
    { file: 'c.news', line: 5, text: 'Nobody on the council has seen the revised budget for the harbour yet' },
  ]);
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].occurrences, [{ file: 'a.news', line: 3 }, { file: 'b.news', line: 12 }]);
  assert.equal(r[0].text, `“${LINE},”`);
});

test('a quote of twenty words trimmed, or with a word changed, is still the same quote; a different one sharing a phrase is not', () => {
  const trimmed = LINE.split(' ').slice(2).join(' ');
  const changed = LINE.replace('winter', 'spring');
  const r = repeatedQuotes([
    { file: 'a.news', line: 1, text: LINE },
    { file: 'b.news', line: 2, text: trimmed },
    { file: 'c.news', line: 3, text: changed },
    { file: 'd.news', line: 4, text: 'Critics say we will build the new bridge only after the election is over and done' },
  ]);
  assert.equal(r.length, 1);
  assert.deepEqual(r[0].occurrences.map((o) => o.file), ['a.news', 'b.news', 'c.news']);
});

test('a quote repeated within one article only is not listed; short quotes are never compared', () => {
  assert.deepEqual(repeatedQuotes([{ file: 'a.news', line: 1, text: LINE }, { file: 'a.news', line: 9, text: LINE }]), []);
  assert.deepEqual(repeatedQuotes([{ file: 'a.news', line: 1, text: 'We will see.' }, { file: 'b.news', line: 1, text: 'We will see.' }]), []);
});

test('groups are ordered by how many articles run them; two claims of one quote on a line are one place', () => {
  const other = 'The audit found that the agency spent twice what it told the committee last spring';
  const r = repeatedQuotes([
    { file: 'a.news', line: 1, text: LINE },
    { file: 'b.news', line: 1, text: LINE },
    { file: 'a.news', line: 4, text: other },
    { file: 'a.news', line: 4, text: other },
    { file: 'b.news', line: 7, text: other },
    { file: 'c.news', line: 2, text: other },
  ]);
  assert.equal(r.length, 2);
  assert.equal(r[0].text, other);
  assert.deepEqual(r[0].occurrences, [{ file: 'a.news', line: 4 }, { file: 'b.news', line: 7 }, { file: 'c.news', line: 2 }]);
});

test('jaccard of shingle sets', () => {
  assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
  assert.equal(jaccard(new Set(), new Set()), 0);
});
