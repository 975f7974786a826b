import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseBefore } from '../../../../../src/engine/extract/rules/clauseBefore';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('clause-before: content before a post-posed source runs from the start of the sentence', () => {
  const doc = docOf('French officials need to act now, spokesman Nasser Kanani said.');
  const [a] = run(clauseBefore, doc, [attribution(doc, { cue: 'said', source: 'spokesman Nasser Kanani', content: ['act now'] })]);
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['French officials need to act now']);
  // Not across a colon, nor over another cue.
  const colon = docOf('One thing: they must act now, Kanani said.');
  const [b] = run(clauseBefore, colon, [attribution(colon, { cue: 'said', source: 'Kanani', content: ['they must act now'] })]);
  assert.deepEqual(b.content.map((c) => textOf(colon, c)), ['they must act now']);
});
