import assert from 'node:assert/strict';
import { test } from 'node:test';
import { possessiveSource } from '../../../../../src/engine/extract/rules/possessiveSource';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('possessive-source: the possessor of a noun of saying is its source ("Tehran’s claim", "the mayor\'s claim")', () => {
  const doc = docOf('Observers doubted Tehran’s claim that the rally was banned. They rejected the mayor\'s claim too.');
  const [a, b] = run(possessiveSource, doc, [attribution(doc, { cue: 'claim' }), attribution(doc, { cue: 'claim', from: 60 })]);
  assert.equal(textOf(doc, a.source), 'Tehran’s');
  assert.equal(textOf(doc, b.source), 'the mayor\'s');
  const plain = docOf('The claim was false.');
  assert.equal(run(possessiveSource, plain, [attribution(plain, { cue: 'claim' })])[0].source, undefined, 'no possessor, no source');
});
