import assert from 'node:assert/strict';
import { test } from 'node:test';
import { continueQuote } from '../../../../../src/engine/extract/rules/continueQuote';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('continue-quote: a quotation after the attributed sentence with no speaker of its own goes on with the same content', () => {
  const doc = docOf('“We will stay,” Varga said. “And we will rebuild.”\n\nOkafor left.');
  const [a] = run(continueQuote, doc, [attribution(doc, { cue: 'said', source: 'Varga', content: ['“We will stay,”'] })]);
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['“We will stay,”', '“And we will rebuild.”']);
  // A quotation with an attribution of its own is not taken.
  const owned = docOf('“We will stay,” Varga said. “No,” Okafor said.');
  const [b] = run(continueQuote, owned, [
    attribution(owned, { cue: 'said', source: 'Varga', content: ['“We will stay,”'] }),
    attribution(owned, { cue: 'said', source: 'Okafor', content: ['“No,”'], from: 28 }),
  ]);
  assert.deepEqual(b.content.map((c) => textOf(owned, c)), ['“We will stay,”']);
});

test('continue-quote: quotations go on one after another, also after a quotation the tagger already took', () => {
  const doc = docOf('“We have the money,” she said.\n\n“The work starts in May.”\n\n“It ends in June.”\n\nThe council met.');
  const [a] = run(continueQuote, doc, [attribution(doc, { cue: 'said', source: 'she', content: ['“We have the money,”'] })]);
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['“We have the money,”', '“The work starts in May.”', '“It ends in June.”']);
  const taken = docOf('“We have the money,” she said. “The work starts soon.”\n\n“It ends in June.”');
  const [b] = run(continueQuote, taken, [attribution(taken, { cue: 'said', source: 'she', content: ['“We have the money,”', '“The work starts soon.”'] })]);
  assert.deepEqual(b.content.map((c) => textOf(taken, c)), ['“We have the money,”', '“The work starts soon.”', '“It ends in June.”']);
});
