import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropLayoutLabels } from '../../../../../src/engine/extract/rules/dropLayoutLabels';
import { attribution, docOf, run } from '../../../../support/rules';

test('drop-layout-labels: a colon after a layout label is dropped; a speaker\'s name before a colon is kept', () => {
  const doc = docOf('Editor’s note: An earlier version misspelled a name.\nSee also: How to read a poll\nReyes: The bridge will reopen.\n"Look: we did everything," Brandt said.');
  const [note, also, reyes, look] = run(dropLayoutLabels, doc, [
    attribution(doc, { cue: ':', source: 'Editor’s note', content: ['An earlier version misspelled a name.'] }),
    attribution(doc, { cue: 'also:', source: 'See', content: ['How to read a poll'] }),
    attribution(doc, { cue: ':', source: 'Reyes', content: ['The bridge will reopen.'], from: 80 }),
    attribution(doc, { cue: ':', source: 'Look', content: ['we did everything,"'], from: 110 }),
  ]);
  assert.deepEqual(note.content, [], 'Editor’s note');
  assert.deepEqual(also.content, [], 'See also');
  assert.equal(reyes.content.length, 1, 'a speaker label stays');
  assert.deepEqual(look.content, [], 'a label after an opening quote mark');
});

test('drop-layout-labels: only colon cues, and only labels from the closed list', () => {
  const doc = docOf('Source says the talks failed. Sources: the mayor will resign.');
  const [says, sources] = run(dropLayoutLabels, doc, [
    attribution(doc, { cue: 'says', source: 'Source', content: ['the talks failed'] }),
    attribution(doc, { cue: ':', source: 'Sources', content: ['the mayor will resign'] }),
  ]);
  assert.equal(says.content.length, 1, 'not a colon');
  assert.deepEqual(sources.content, [], '"Sources:" at the start of a sentence');
});

test('drop-layout-labels: a headline kicker is dropped; a sentence introducing a quotation and a quoting cue are kept', () => {
  const doc = docOf('Stealth Over Health: Mayor Skipped The Hearing.\nHere is Reyes in 1992: "We will build it."\nTruss was quoted as saying: "Now is the time."');
  const [kicker, here, quoted] = run(dropLayoutLabels, doc, [
    attribution(doc, { cue: ':', source: 'Stealth Over Health', content: ['Mayor Skipped The Hearing.'] }),
    attribution(doc, { cue: ':', source: 'Reyes', content: ['"We will build it."'], from: 48 }),
    attribution(doc, { cue: 'was quoted as saying:', source: 'Truss', content: ['"Now is the time."'] }),
  ]);
  assert.deepEqual(kicker.content, []);
  assert.equal(here.content.length, 1, 'a lower-case "in" is a sentence, not a headline');
  assert.equal(quoted.content.length, 1, 'not a bare colon');
});
