import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteTails } from '../../../../src/engine/extract/quoteTail';
import { docOf } from '../../../support/rules';

/** Each tail as "verb / subject / quotation". */
const tailsOf = (text: string) => {
  const doc = docOf(text);
  const words = (a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  return quoteTails(doc, 0, doc.tokens.length).map((t) => `${doc.tokens[t.verb].text} / ${t.subject ? words(...t.subject) : ''} / ${words(t.open, t.close + 1)}`);
};

test('quote tails: a verb of saying after a quotation fragment and its pronoun, name, description or nothing', () => {
  assert.deepEqual(tailsOf('“It works,” she adds from Calgary.'), ['adds / she / “It works,”']);
  assert.deepEqual(tailsOf('“It works,” the engineer adds from Calgary.'), ['adds / the engineer / “It works,”']);
  assert.deepEqual(tailsOf('“We were ready,” notes the soft-spoken coach.'), ['notes /  / “We were ready,”']);
  assert.deepEqual(tailsOf('“Why now?” asks Ana Reyes.'), ['asks /  / “Why now?”']);
  assert.deepEqual(tailsOf("''It works,'' Lena Park wrote in May."), ["wrote / Lena Park / ''It works,''"]);
  // Not after a quotation that ends its sentence, nor a word that is no verb of saying.
  assert.deepEqual(tailsOf('“It works.” She adds sugar.'), []);
  assert.deepEqual(tailsOf('“It works,” she did not say.'), []);
  // Nor a title in quotes, a verb that is not finite, or a report of a report (PolNeAR marks its "according to").
  assert.deepEqual(tailsOf('He liked “Guardians of the Galaxy,” posted the clip and left.'), []);
  assert.deepEqual(tailsOf('She read “It works and it lasts,” a book written by Lena Park.'), []);
  assert.deepEqual(tailsOf('“It works,” Park said, according to the Herald.'), []);
});
