import assert from 'node:assert/strict';
import { test } from 'node:test';
import { denyWithholding } from '../../../../../src/engine/extract/rules/denyWithholding';
import { attribution, docOf, run } from '../../../../support/rules';

test('deny-withholding: "deny" meaning withhold makes no claim', () => {
  const doc = docOf('The judge denied him bail. Clerks may deny marriage licenses to couples. Ortiz was denied entry. The party denied Reyes the nomination.');
  const found = run(denyWithholding, doc, [
    attribution(doc, { cue: 'denied', source: 'The judge', content: ['him bail'] }),
    attribution(doc, { cue: 'deny', source: 'Clerks', content: ['marriage licenses to couples'] }),
    attribution(doc, { cue: 'denied', source: 'Ortiz', content: ['entry'], from: 70 }),
    attribution(doc, { cue: 'denied', source: 'The party', content: ['Reyes the nomination'], from: 90 }),
  ]);
  assert.deepEqual(found.map((a) => a.content.length), [0, 0, 0, 0]);
});

test('deny-withholding: denying a claim stays a claim', () => {
  const doc = docOf('Reyes denied that the money was spent. Brandt denied the allegation. Okafor denied receiving any money. The report was denied by the ministry. Ortiz denied it Monday.');
  const found = run(denyWithholding, doc, [
    attribution(doc, { cue: 'denied', source: 'Reyes', content: ['that the money was spent'] }),
    attribution(doc, { cue: 'denied', source: 'Brandt', content: ['the allegation'], from: 38 }),
    attribution(doc, { cue: 'denied', source: 'Okafor', content: ['receiving any money'], from: 68 }),
    attribution(doc, { cue: 'denied', source: 'the ministry', content: ['The report'], from: 100 }),
    attribution(doc, { cue: 'denied', source: 'Ortiz', content: ['it'], from: 140 }),
  ]);
  assert.deepEqual(found.map((a) => a.content.length), [1, 1, 1, 1, 1]);
});
