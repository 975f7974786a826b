import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropContactContent } from '../../../../../src/engine/extract/rules/dropContactContent';
import { attribution, docOf, run } from '../../../../support/rules';

test('drop-contact-content: an address, a handle or a phone number is no claim', () => {
  const doc = docOf('Write to desk@example.com. See www.example.com/poll. Twitter: @janedoe. Call 555-0100. Reyes said the bridge would reopen.');
  const found = run(dropContactContent, doc, [
    attribution(doc, { cue: 'Write', content: ['desk@example.com'] }),
    attribution(doc, { cue: 'See', content: ['www.example.com/poll'] }),
    attribution(doc, { cue: ':', source: 'Twitter', content: ['@janedoe.'] }),
    attribution(doc, { cue: 'Call', content: ['555-0100'] }),
    attribution(doc, { cue: 'said', source: 'Reyes', content: ['the bridge would reopen'] }),
  ]);
  assert.deepEqual(found.map((a) => a.content.length), [0, 0, 0, 0, 1]);
});

test('drop-contact-content: a bare number after a colon is dropped; after a verb, or quoted, it is kept', () => {
  const doc = docOf('Reyes: 1,769. The committee voted 19-15. Ortiz held a sign that read "15%!"');
  const [cell, vote, sign] = run(dropContactContent, doc, [
    attribution(doc, { cue: ':', source: 'Reyes', content: ['1,769.'] }),
    attribution(doc, { cue: 'voted', source: 'The committee', content: ['19-15'] }),
    attribution(doc, { cue: 'read', source: 'Ortiz', content: ['"15%!"'] }),
  ]);
  assert.deepEqual(cell.content, []);
  assert.equal(vote.content.length, 1);
  assert.equal(sign.content.length, 1);
});
