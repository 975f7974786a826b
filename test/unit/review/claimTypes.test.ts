import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_TYPES, type Claim } from '../../../src/engine/index';
import { ofTypes, readTypeList, REVIEW_TYPES, shownTypes } from '../../../src/review/claimTypes';

const claim = (id: string, type: Claim['type']) => ({ id, type }) as Claim;
const CLAIMS = [claim('a', 'other'), claim('b', 'statement'), claim('c', 'position'), claim('d', 'finding'), claim('e', 'statement')];

test('ofTypes keeps the claims of the given types in their order; undefined or every type keeps the very list', () => {
  assert.deepEqual(ofTypes(CLAIMS, ['statement', 'other']).map((c) => c.id), ['a', 'b', 'e']);
  assert.deepEqual(ofTypes(CLAIMS, []), []);
  assert.equal(ofTypes(CLAIMS, undefined), CLAIMS);
  assert.equal(ofTypes(CLAIMS, [...CLAIM_TYPES].reverse()), CLAIMS);
});

test('readTypeList: names separated by commas, spaces ignored, each once in the engine\'s order; an unknown or no name is an error naming the allowed ones', () => {
  assert.deepEqual(readTypeList('other,statement'), { types: ['statement', 'other'] });
  assert.deepEqual(readTypeList(' position , position,'), { types: ['position'] });
  assert.deepEqual(readTypeList('statement,finding,position,other'), { types: [...CLAIM_TYPES] });
  for (const [list, bad] of [['statement,belief', 'belief'], ['STATEMENT', 'STATEMENT'], ['statement;finding', 'statement;finding']]) {
    const r = readTypeList(list);
    assert.ok('error' in r, list);
    assert.equal(r.error, `--types: unknown type "${bad}": use statement, finding, position, other`);
  }
  const long = readTypeList('x'.repeat(500));
  assert.ok('error' in long && long.error.length < 120, 'a long bad value is shortened');
  for (const empty of ['', ',', ' , ']) assert.ok('error' in readTypeList(empty) && /needs one or more/.test((readTypeList(empty) as { error: string }).error));
});

test('shownTypes: the review types a claimLens.types value names; never other; anything but a list gives all three', () => {
  assert.deepEqual(shownTypes(undefined), [...REVIEW_TYPES]);
  assert.deepEqual(shownTypes('statement'), [...REVIEW_TYPES]);
  assert.deepEqual(shownTypes({ 0: 'statement' }), [...REVIEW_TYPES]);
  assert.deepEqual(shownTypes(['position', 'statement', 'position']), ['statement', 'position']);
  assert.deepEqual(shownTypes(['other', 'statement', 7, null, 'Finding']), ['statement']);
  assert.deepEqual(shownTypes(['other']), []);
  assert.deepEqual(shownTypes([]), []);
});
