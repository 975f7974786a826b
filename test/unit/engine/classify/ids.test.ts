import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimIds } from '../../../../src/engine/classify/ids';
import { claimsOf } from '../../../support/helpers';

test('claim ids come from the claim text: stable when text elsewhere changes, distinct for repeats', () => {
  const a = 'Varga said the walls will hold.';
  const before = claimsOf(a)[0].id;
  const after = claimsOf('A new first paragraph.\n\n' + a).find((c) => c.cueText === 'said')?.id;
  assert.equal(after, before);
  const ids = claimIds(['x', 'x', 'y']);
  assert.equal(ids[1], ids[0] + '-2');
  assert.notEqual(ids[2], ids[0]);
});
