import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropLayoutLines } from '../../../../../src/engine/extract/rules/dropLayoutLines';
import { attribution, docOf, run } from '../../../../support/rules';

test('drop-layout-lines: an attribution on a line of layout is dropped, one on a line of text is kept', () => {
  const doc = docOf('Reyes speaks in Lakeside. (AP Photo/Evan Vucci)\nBy Jane Doe, Staff Writer\nBy Tuesday, Reyes said the bridge would reopen.\nFollow Jane Doe on Twitter');
  const [caption, byline, text, follow] = run(dropLayoutLines, doc, [
    attribution(doc, { cue: 'speaks', source: 'Reyes', content: ['in Lakeside'] }),
    attribution(doc, { cue: 'Staff', source: 'Jane Doe', content: ['Writer'] }),
    attribution(doc, { cue: 'said', source: 'Reyes', content: ['the bridge would reopen'] }),
    attribution(doc, { cue: 'Follow', content: ['Jane Doe on Twitter'] }),
  ]);
  assert.deepEqual(caption.content, [], 'a caption that ends with its photo credit');
  assert.deepEqual(byline.content, [], 'a byline');
  assert.equal(text.content.length, 1, '"By Tuesday, …" is a sentence, not a byline');
  assert.deepEqual(follow.content, [], '"Follow … on Twitter"');
});

test('drop-layout-lines: a note headed "Correction:" keeps what it reports', () => {
  const doc = docOf('Correction: An earlier version misstated when Reyes said the bridge would reopen.');
  const [said] = run(dropLayoutLines, doc, [attribution(doc, { cue: 'said', source: 'Reyes', content: ['the bridge would reopen'] })]);
  assert.equal(said.content.length, 1);
});
