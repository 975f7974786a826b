import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeSource } from '../../../../../src/engine/extract/rules/completeSource';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('complete-source: a source cut off after a determiner or a preposition runs on to the cue', () => {
  const doc = docOf('On Sunday, a report by Iranian state television reiterated the claim.');
  const [a] = run(completeSource, doc, [attribution(doc, { cue: 'reiterated', source: 'a report by', content: ['the claim'] })]);
  assert.equal(textOf(doc, a.source), 'a report by Iranian state television');
  const whole = docOf('The ministry said so.');
  assert.equal(textOf(whole, run(completeSource, whole, [attribution(whole, { cue: 'said', source: 'The ministry' })])[0].source), 'The ministry');
});
