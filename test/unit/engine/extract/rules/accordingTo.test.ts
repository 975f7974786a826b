import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accordingTo } from '../../../../../src/engine/extract/rules/accordingTo';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('according-to: the source is the phrase after the cue; the content the rest of the sentence, before or after', () => {
  const first = docOf('According to the city audit, 1,200 homes sit below the line.');
  const [a] = run(accordingTo, first, [attribution(first, { cue: 'According to' })]);
  assert.equal(textOf(first, a.source), 'the city audit');
  assert.deepEqual(a.content.map((c) => textOf(first, c)), ['1,200 homes sit below the line']);
  const after = docOf('Repairs are two years late, according to the water authority.');
  const [b] = run(accordingTo, after, [attribution(after, { cue: 'according to' })]);
  assert.equal(textOf(after, b.source), 'the water authority');
  assert.deepEqual(b.content.map((c) => textOf(after, c)), ['Repairs are two years late']);
});
