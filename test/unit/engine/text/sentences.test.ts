import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../../../../src/engine/text/document';

test('sentences split after terminators, not after titles and initials', () => {
  const doc = prepare('Mr. Smith met Sen. John F. Kennedy. Then he left! “Why?” she asked.\nA new line starts here');
  const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(texts, ['Mr. Smith met Sen. John F. Kennedy.', 'Then he left!', '“Why?” she asked.', 'A new line starts here']);
});
