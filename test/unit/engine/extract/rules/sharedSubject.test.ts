import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedSubject } from '../../../../../src/engine/extract/rules/sharedSubject';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('shared-subject: a participle with no subject takes the subject of its clause', () => {
  const doc = docOf('Kanani said the rally was illegal, warning Paris against it.');
  const [said, warning] = run(sharedSubject, doc, [
    attribution(doc, { cue: 'said', source: 'Kanani', content: ['the rally was illegal'] }),
    attribution(doc, { cue: 'warning', content: ['against it'] }),
  ]);
  assert.equal(textOf(doc, said.source), 'Kanani');
  assert.equal(textOf(doc, warning.source), 'Kanani');
  const clause = docOf('Relations ended after Tirana cut ties, after accusing it of attacks.');
  const [acc] = run(sharedSubject, clause, [attribution(clause, { cue: 'accusing', content: ['of attacks'] })]);
  assert.equal(textOf(clause, acc.source), 'Tirana', 'the subject of the clause it hangs from');
});
