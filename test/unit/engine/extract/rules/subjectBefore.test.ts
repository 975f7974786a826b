import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectBefore } from '../../../../../src/engine/extract/rules/subjectBefore';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('subject-before: a finite cue with no source takes the plain noun phrase after the last clause break', () => {
  const doc = docOf('On Sunday, the state broadcaster reiterated that the group was banned.');
  const [a] = run(subjectBefore, doc, [attribution(doc, { cue: 'reiterated', content: ['the group was banned'] })]);
  assert.equal(textOf(doc, a.source), 'the state broadcaster');
  // Not when the words before it are a clause ("that …") or were read as content.
  const clause = docOf('He knew that officials denied it.');
  assert.equal(run(subjectBefore, clause, [attribution(clause, { cue: 'denied', content: ['it'] })])[0].source, undefined);
});
