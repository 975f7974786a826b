import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeContent } from '../../../../../src/engine/extract/rules/relativeContent';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('relative-content: a relative pronoun alone is no content; the clause after the cue is', () => {
  const doc = docOf('It sent a letter, which Tehran says amounts to a threat.');
  const [a] = run(relativeContent, doc, [attribution(doc, { cue: 'says', source: 'Tehran', content: ['which'] })]);
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['amounts to a threat']);
  const kept = docOf('The step, which Tehran called a threat, passed.');
  const [b] = run(relativeContent, kept, [attribution(kept, { cue: 'called', source: 'Tehran', content: ['which', 'a threat'] })]);
  assert.deepEqual(b.content.map((c) => textOf(kept, c)), ['a threat'], 'only the pronoun is dropped');
});
