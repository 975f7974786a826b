import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropOwnStory } from '../../../../../src/engine/extract/rules/dropOwnStory';
import { attribution, docOf, run } from '../../../../support/rules';

test('drop-own-story: the article\'s own earlier version is no source; people it interviewed are', () => {
  const doc = docOf('An earlier version of this story said the vote was on Monday. Residents interviewed for this story said the vote was rushed.');
  const [own, residents] = run(dropOwnStory, doc, [
    attribution(doc, { cue: 'said', source: 'An earlier version of this story', content: ['the vote was on Monday'] }),
    attribution(doc, { cue: 'said', source: 'Residents interviewed for this story', content: ['the vote was rushed'], from: 60 }),
  ]);
  assert.deepEqual(own.content, []);
  assert.equal(residents.content.length, 1);
});
