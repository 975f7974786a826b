import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from '../../../../src/engine/text/document';

test('quotations: multi-paragraph quotes continue, broken quotes end at their paragraph', () => {
  const doc = prepare('“One. Two.\n\n“Three,” he said.\n\nShe said “broken\n\nNext paragraph.');
  const [multi, broken] = doc.quotes;
  const textOf = (q: { open: number; close: number }) => doc.text.slice(doc.tokens[q.open].start, doc.tokens[q.close].end);
  assert.equal(textOf(multi), '“One. Two.\n\n“Three,”');
  assert.equal(multi.closed, true);
  assert.equal(textOf(broken), '“broken');
  assert.equal(broken.closed, false);
  assert.equal(doc.quotes.length, 2);
});

test('quotations: doubled marks, guillemets and low-high marks open and close one quote', () => {
  for (const [open, close] of [["''", "''"], ['``', "''"], ['‘‘', '’’'], ['“', '’’'], ['“', "''"], ['„', '“'], ['„', '”'], ['«', '»']]) {
    const text = `Reyes spoke. ${open}We will rebuild,${close} she said. ${open}It starts in May.${close}`;
    const doc = prepare(text);
    const quoted = doc.quotes.map((q) => text.slice(doc.tokens[q.open].start, doc.tokens[q.close].end));
    assert.deepEqual(quoted, [`${open}We will rebuild,${close}`, `${open}It starts in May.${close}`], `${open}…${close}`);
    assert.ok(doc.quotes.every((q) => q.closed));
  }
});

test("quotations: '' opens or closes by its spacing, and a doubled mark is one token", () => {
  const text = "Garin said, ''this is a big change,'' and left.";
  const doc = prepare(text);
  assert.deepEqual(doc.quotes.map((q) => text.slice(doc.tokens[q.open].start, doc.tokens[q.close].end)), ["''this is a big change,''"]);
  assert.equal(doc.tokens.filter((t) => t.text === "''").length, 2);
  // An apostrophe of a plural possessive stays a token of its own.
  assert.ok(prepare("The voters' choice.").tokens.some((t) => t.text === "'"));
});
