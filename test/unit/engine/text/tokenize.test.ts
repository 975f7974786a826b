import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../../src/engine/text/tokenize';

test('token offsets are exact UTF-16 offsets with CRLF, emoji, NBSP and curly quotes', () => {
  const text = 'Iran\u00a0said 🇮🇷 “it’s over,”\r\nU.S. officials said $1,200.5 😀x.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.map((t) => t.text).slice(0, 9), ['Iran', 'said', '🇮', '🇷', '“', 'it', '’s', 'over', ',']);
  assert.ok(tokens.some((t) => t.text === 'U.S.'));
  assert.ok(tokens.some((t) => t.text === '1,200.5'));
  assert.ok(tokens.find((t) => t.text === 'U.S.')?.newlineBefore);
});
