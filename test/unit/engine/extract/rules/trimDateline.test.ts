import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimDateline } from '../../../../../src/engine/extract/rules/trimDateline';
import { attribution, docOf, run, textOf } from '../../../../support/rules';

test('trim-dateline: a dateline is cut from the source and the content it runs into', () => {
  const doc = docOf('WASHINGTON (AP) — Mayor Ana Reyes said the bridge would reopen.\nDec 29 (Reuters) - The bridge will reopen, according to the city.');
  const [said, according] = run(trimDateline, doc, [
    attribution(doc, { cue: 'said', source: 'WASHINGTON (AP) — Mayor Ana Reyes', content: ['the bridge would reopen'] }),
    attribution(doc, { cue: 'according to', source: 'the city', content: ['Dec 29 (Reuters) - The bridge will reopen'] }),
  ]);
  assert.equal(textOf(doc, said.source), 'Mayor Ana Reyes');
  assert.equal(said.sourceFirst, doc.tokens.findIndex((t) => t.text === 'Mayor'));
  assert.equal(textOf(doc, according.content[0]), 'The bridge will reopen');
  assert.equal(textOf(doc, according.source), 'the city');
});

test('trim-dateline: a source that is all dateline is none; a bracket that is no agency is kept', () => {
  const doc = docOf('LAKESIDE (AP) — voted to close the library.\nReyes (D) - said the bridge would reopen.');
  const [voted, said] = run(trimDateline, doc, [
    attribution(doc, { cue: 'voted', source: 'LAKESIDE (AP)', content: ['to close the library'] }),
    attribution(doc, { cue: 'said', source: 'Reyes (D)', content: ['the bridge would reopen'] }),
  ]);
  assert.equal(voted.source, undefined);
  assert.equal(voted.sourceFirst, undefined);
  assert.equal(textOf(doc, said.source), 'Reyes (D)');
});
