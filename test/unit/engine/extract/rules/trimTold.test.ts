import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimTold } from '../../../../../src/engine/extract/rules/trimTold';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('trim-told: "told Reuters" is cut to "told"; other cues and a bare "told" stay', () => {
  const doc = docOf('The mayor told Reuters the plan would work. She said it twice.');
  const [told, said] = run(trimTold, doc, [attribution(doc, { cue: 'told Reuters', source: 'The mayor' }), attribution(doc, { cue: 'said it', source: 'She' })]);
  assert.equal(textOf(doc, told.cue), 'told');
  assert.equal(told.cueLast - told.cueFirst, 1);
  assert.equal(textOf(doc, said.cue), 'said it', 'not a form of tell');
  const bare = docOf('He told me.');
  const [one] = run(trimTold, bare, [attribution(bare, { cue: 'told' })]);
  assert.equal(textOf(bare, one.cue), 'told');
});
