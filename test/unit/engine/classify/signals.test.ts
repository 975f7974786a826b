import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSignals } from '../../../../src/engine/classify/signals';

test('check-worthiness signals with their spans', () => {
  const text = 'the budget rose 12% to $4.5 million in March 2023, the largest ever, and will double by 2030';
  const signals = findSignals(text, [{ start: 0, end: text.length }]);
  const of = (kind: string) => signals.filter((s) => s.kind === kind).map((s) => s.text);
  assert.deepEqual(of('figure'), ['12%', '$4.5 million']);
  assert.deepEqual(of('date'), ['March 2023', '2030']);
  assert.ok(of('comparison').includes('largest'));
  assert.ok(of('prediction').includes('will'));
  for (const s of signals) assert.equal(text.slice(s.span.start, s.span.end), s.text);
});
