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
