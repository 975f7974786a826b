import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from '../../support/helpers';

test('analysis is deterministic and keeps no state between calls', () => {
  const text = 'Okafor said the figures were wrong. He said it again.';
  assert.deepEqual(claimsOf(text), claimsOf(text));
  claimsOf('Mike Pence spoke. He said nothing.');
  assert.deepEqual(claimsOf(text), claimsOf(text));
});
