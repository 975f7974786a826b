import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutAttributions } from '../../../../src/engine/extract/layout';
import { docOf, textOf } from '../../../support/rules';

const found = (text: string) => {
  const doc = docOf(text);
  return layoutAttributions(doc).map((a) => [textOf(doc, a.source), textOf(doc, a.cue), a.content.map((c) => textOf(doc, c)).join(' | ')]);
};

test('layout: speaker labels at the start of a line (transcripts, headlines), not labels that name no one', () => {
  assert.deepEqual(found('PENCE: Well, look, we will win this.\nGraham: Trump’s rhetoric destroying GOP'), [
    ['PENCE', ':', 'Well, look, we will win this.'],
    ['Graham', ':', 'Trump’s rhetoric destroying GOP'],
  ]);
  assert.deepEqual(found('Update: the vote was moved.\nEmail: desk at example.'), []);
  assert.deepEqual(found('Varga: yes'), [], 'a label with a word or none after it introduces what follows');
});

test('layout: a quotation signed with a dash at the end of its line, with initials and a closing full stop', () => {
  assert.deepEqual(found('“We will not leave.” ― Sonya Herridge\n“Fear. Then hope.” — Edwin G. Monroy.'), [
    ['Sonya Herridge', '―', '“We will not leave.”'],
    ['Edwin G. Monroy', '—', '“Fear. Then hope.”'],
  ]);
  assert.deepEqual(found('“We will not leave.” ― and then they left for good'), [], 'no name ends the line');
});
