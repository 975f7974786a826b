import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceAfterQuote } from '../../../../../src/engine/extract/rules/sourceAfterQuote';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('source-after-quote: the noun phrase after a cue that follows a quotation fragment is its source', () => {
  const doc = docOf('“We were ready,” notes the soft-spoken coach.');
  const [a] = run(sourceAfterQuote, doc, [attribution(doc, { cue: 'notes', content: ['“We were ready,”', 'the soft-spoken coach'] })]);
  assert.equal(textOf(doc, a.source), 'the soft-spoken coach');
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['“We were ready,”']);
  // Up to a comma before a description; not when a source was found, nor after a quotation that ends its sentence.
  const described = docOf('“We were ready,” says Ray Dunn, who coaches the team.');
  const [b] = run(sourceAfterQuote, described, [attribution(described, { cue: 'says', content: ['“We were ready,”'] })]);
  assert.equal(textOf(described, b.source), 'Ray Dunn');
  const found = docOf('“We were ready,” she notes the coach said.');
  assert.equal(textOf(found, run(sourceAfterQuote, found, [attribution(found, { cue: 'notes', source: 'she', content: ['“We were ready,”'] })])[0].source), 'she');
  const ended = docOf('“We were ready.” Notes the coach.');
  assert.equal(run(sourceAfterQuote, ended, [attribution(ended, { cue: 'Notes', content: ['“We were ready.”'] })])[0].source, undefined);
});

test('source-after-quote: a description after the cue that the tagger read as content opens the source after it', () => {
  const doc = docOf('“We were ready,” insists the soft-spoken coach, Ray Dunn.');
  const [a] = run(sourceAfterQuote, doc, [attribution(doc, { cue: 'insists', source: 'Ray Dunn', content: ['“We were ready,”', 'the soft-spoken coach'] })]);
  assert.equal(textOf(doc, a.source), 'the soft-spoken coach, Ray Dunn');
  assert.deepEqual(a.content.map((c) => textOf(doc, c)), ['“We were ready,”']);
  // Not when the words between are no phrase of their own ("in May").
  const dated = docOf('“We were ready,” said in May, Ray Dunn.');
  const [b] = run(sourceAfterQuote, dated, [attribution(dated, { cue: 'said', source: 'Ray Dunn', content: ['“We were ready,”', 'in May'] })]);
  assert.equal(textOf(dated, b.source), 'Ray Dunn');
});
