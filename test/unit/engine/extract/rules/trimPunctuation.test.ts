import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimPunctuation } from '../../../../../src/engine/extract/rules/trimPunctuation';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('trim-punctuation: unquoted content ends before a trailing comma, semicolon or colon; a quotation keeps its marks', () => {
  const doc = docOf('He said the plan works, and left. She said “It works,” then left.');
  const [he, she] = run(trimPunctuation, doc, [
    attribution(doc, { cue: 'said', source: 'He', content: ['the plan works,'] }),
    attribution(doc, { cue: 'said', source: 'She', content: ['“It works,”'], from: 30 }),
  ]);
  assert.deepEqual(he.content.map((c) => textOf(doc, c)), ['the plan works']);
  assert.deepEqual(she.content.map((c) => textOf(doc, c)), ['“It works,”']);
});
