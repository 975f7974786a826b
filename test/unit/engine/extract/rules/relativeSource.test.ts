import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeSource } from '../../../../../src/engine/extract/rules/relativeSource';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('relative-source: a relative clause closed before the cue gives way to its noun phrase and clause', () => {
  const doc = docOf('Ortiz, who has covered the courts for a decade, added: “The judge was never told.”');
  const [a] = run(relativeSource, doc, [attribution(doc, { cue: 'added', source: 'who', content: ['“The judge was never told.”'] })]);
  assert.equal(textOf(doc, a.source), 'Ortiz, who has covered the courts for a decade,');
  // A few words before the name that open the sentence belong to the subject.
  const titled = docOf('Former judge Ana Reyes, who left the bench in May, said the ruling was wrong.');
  const [b] = run(relativeSource, titled, [attribution(titled, { cue: 'said', source: 'who', content: ['the ruling was wrong'] })]);
  assert.equal(textOf(titled, b.source), 'Former judge Ana Reyes, who left the bench in May,');
});

test('relative-source: "who said" keeps its source, as "who" is the cue\'s own subject', () => {
  const doc = docOf('The lawyer, Luis Ortiz, who said the judge was never told, filed an appeal.');
  const [a] = run(relativeSource, doc, [attribution(doc, { cue: 'said', source: 'who', content: ['the judge was never told'] })]);
  assert.equal(textOf(doc, a.source), 'who');
});
