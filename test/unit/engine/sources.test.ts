import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWithCue, contentOf } from '../../support/helpers';

test('"Ortiz, who has covered the courts for a decade, added:" is Ortiz, resolved to his full name', () => {
  const text = 'Luis Ortiz covers the courts for the Herald. Ortiz, who has covered the courts for a decade, added: “The judge was never told.”';
  const c = claimWithCue(text, 'added:');
  assert.equal(c.sourceText, 'Ortiz, who has covered the courts for a decade,');
  assert.equal(c.speaker?.name, 'Luis Ortiz');
  assert.equal(c.sourceKind, 'person');
  assert.equal(contentOf(text, c), '“The judge was never told.”');
});

test('"Luis Ortiz, who said …": the source stays "who", the speaker is Luis Ortiz, written where his name is', () => {
  const text = 'The lawyer for the family, Luis Ortiz, who said the judge was never told, filed an appeal.';
  const c = claimWithCue(text, 'said');
  assert.equal(c.sourceText, 'who');
  assert.equal(c.speaker?.name, 'Luis Ortiz');
  assert.ok(c.speaker?.from);
  assert.equal(text.slice(c.speaker.from.start, c.speaker.from.end), 'Luis Ortiz');
  assert.equal(c.sourceKind, 'person');
});

test('a social-media handle is an account with a name, not a vague source', () => {
  const text = '@CityDesk wrote that the road is closed until Friday.';
  const c = claimWithCue(text, 'wrote');
  assert.equal(c.sourceText, '@CityDesk');
  assert.notEqual(c.sourceKind, 'vague');
  assert.notEqual(c.sourceKind, 'anonymous');
  assert.equal(c.speaker?.name, '@CityDesk');
});
