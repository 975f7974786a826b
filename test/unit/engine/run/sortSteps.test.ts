import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { drain } from '../../../../src/engine/run/steps';
import { sortSteps } from '../../../../src/engine/run/sortSteps';

test('sortSteps sorts as a stable sort does, pausing within long merges', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat())), fc.integer({ min: 1, max: 20 }), (items, per) => {
    const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
    assert.deepEqual(drain(sortSteps(items, byFirst, per)), [...items].sort(byFirst));
  }));
  const steps = sortSteps(Array.from({ length: 1000 }, (_, i) => 1000 - i), (a, b) => a - b, 100);
  let pauses = 0;
  for (let r = steps.next(); !r.done; r = steps.next()) pauses++;
  assert.ok(pauses >= 90, `paused ${pauses} times for about 10,000 moves`);
});
