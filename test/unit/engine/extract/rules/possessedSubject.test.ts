import assert from 'node:assert/strict';
import { test } from 'node:test';
import { possessedSubject } from '../../../../../src/engine/extract/rules/possessedSubject';
import { attribution, docOf, run } from '../../../../support/rules';

test('possessed-subject: a possessed noun of saying followed by its own verb is dropped', () => {
  const doc = docOf('The minister\'s promises have mostly not been kept. Her claims, however, drew little notice.');
  const [promises, claims] = run(possessedSubject, doc, [
    attribution(doc, { cue: 'promises', source: 'The minister\'s', content: ['have mostly not been kept'] }),
    attribution(doc, { cue: 'claims', source: 'Her', content: ['however, drew little notice'] }),
  ]);
  assert.deepEqual(promises.content, []);
  assert.deepEqual(claims.content, []);
});

test('possessed-subject: a that-clause, "to", "of", a quotation or content before the noun keep the claim', () => {
  const doc = docOf('The mayor\'s claim that the library was empty. Her pledge to cut taxes. Okafor\'s accusation of fraud. His claim in an interview that it was returned. "We will win," was his promise.');
  const found = run(possessedSubject, doc, [
    attribution(doc, { cue: 'claim', source: 'The mayor\'s', content: ['that the library was empty'] }),
    attribution(doc, { cue: 'pledge', source: 'Her', content: ['to cut taxes'] }),
    attribution(doc, { cue: 'accusation', source: 'Okafor\'s', content: ['of fraud'] }),
    attribution(doc, { cue: 'claim', source: 'His', content: ['that it was returned'], from: 90 }),
    attribution(doc, { cue: 'promise', source: 'his', content: ['"We will win,"'], from: 130 }),
  ]);
  assert.deepEqual(found.map((a) => a.content.length), [1, 1, 1, 1, 1]);
});

test('possessed-subject: a noun with no possessor as source is left to the other rules', () => {
  const doc = docOf('The claims were debunked.');
  const [a] = run(possessedSubject, doc, [attribution(doc, { cue: 'claims', content: ['were debunked'] })]);
  assert.equal(a.content.length, 1);
});
