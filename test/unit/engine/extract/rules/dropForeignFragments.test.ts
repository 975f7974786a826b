import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropForeignFragments } from '../../../../../src/engine/extract/rules/dropForeignFragments';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('drop-foreign-fragments: a fragment in another sentence that is that sentence\'s own attribution\'s content is dropped', () => {
  const doc = docOf('“We will stay,” Varga said. “It is done,” Okafor said.');
  const [varga, okafor] = run(dropForeignFragments, doc, [
    attribution(doc, { cue: 'said', source: 'Varga', content: ['“We will stay,”', '“It is done,”'] }),
    attribution(doc, { cue: 'said', source: 'Okafor', content: ['“It is done,”'], from: 28 }),
  ]);
  assert.deepEqual(varga.content.map((c) => textOf(doc, c)), ['“We will stay,”']);
  assert.deepEqual(okafor.content.map((c) => textOf(doc, c)), ['“It is done,”']);
});
