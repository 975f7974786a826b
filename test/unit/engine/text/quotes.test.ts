import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../../../../src/engine/text/document';

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
