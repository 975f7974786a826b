import assert from 'node:assert/strict';
import { test } from 'node:test';
import { factCheckExplorerUrl, factCheckQuery } from '../../../../src/review/factCheck/query';

test('fact-check search links: Fact Check Explorer with the claim as the query', () => {
  const q = factCheckQuery('“Iranian regime has never been weaker\n than it is today”');
  assert.equal(q, 'Iranian regime has never been weaker than it is today');
  assert.equal(factCheckExplorerUrl(q, 'fr'), 'https://toolbox.google.com/factcheck/explorer/search/Iranian%20regime%20has%20never%20been%20weaker%20than%20it%20is%20today;hl=fr');
});
