import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../../src/engine/text/document';
import { tokenize } from '../../src/engine/text/tokenize';

test('token offsets are exact UTF-16 offsets with CRLF, emoji, NBSP and curly quotes', () => {
  const text = 'Iran\u00a0said 🇮🇷 “it’s over,”\r\nU.S. officials said $1,200.5 😀x.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.map((t) => t.text).slice(0, 9), ['Iran', 'said', '🇮', '🇷', '“', 'it', '’s', 'over', ',']);
  assert.ok(tokens.some((t) => t.text === 'U.S.'));
  assert.ok(tokens.some((t) => t.text === '1,200.5'));
  assert.ok(tokens.find((t) => t.text === 'U.S.')?.newlineBefore);
});

test('sentences split after terminators, not after titles and initials', () => {
  const doc = prepare('Mr. Smith met Sen. John F. Kennedy. Then he left! “Why?” she asked.\nA new line starts here');
  const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(texts, ['Mr. Smith met Sen. John F. Kennedy.', 'Then he left!', '“Why?” she asked.', 'A new line starts here']);
});

test('quotations: multi-paragraph quotes continue, broken quotes end at their paragraph', () => {
  const doc = prepare('“One. Two.\n\n“Three,” he said.\n\nShe said “broken\n\nNext paragraph.');
  const [multi, broken] = doc.quotes;
  const textOf = (q: { open: number; close: number }) => doc.text.slice(doc.tokens[q.open].start, doc.tokens[q.close].end);
  assert.equal(textOf(multi), '“One. Two.\n\n“Three,”');
  assert.equal(multi.closed, true);
  assert.equal(textOf(broken), '“broken');
  assert.equal(broken.closed, false);
  assert.equal(doc.quotes.length, 2);
});
