import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteTailCues } from '../../../../src/engine/extract/quoteTail';
import { docOf } from '../../../support/rules';

const cuesOf = (text: string) => {
  const doc = docOf(text);
  return quoteTailCues(doc, 0, doc.tokens.length).map((i) => doc.tokens[i].text);
};

test('quote-tail cues: a verb of saying after a quotation fragment and its pronoun, name or nothing', () => {
  assert.deepEqual(cuesOf('“It works,” she adds from Calgary.'), ['adds']);
  assert.deepEqual(cuesOf('“We were ready,” notes the soft-spoken coach.'), ['notes']);
  assert.deepEqual(cuesOf('“Why now?” asks Ana Reyes.'), ['asks']);
  assert.deepEqual(cuesOf("''It works,'' Lena Park wrote in May."), ['wrote']);
  // Not after a quotation that ends its sentence, nor a word that is no verb of saying.
  assert.deepEqual(cuesOf('“It works.” She adds sugar.'), []);
  assert.deepEqual(cuesOf('“It works,” she did not say.'), []);
});
