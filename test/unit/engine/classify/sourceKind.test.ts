import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceKindOf } from '../../../../src/engine/classify/sourceKind';
import { lexicon } from '../../../support/engine';

test('source kinds', () => {
  const cases: [string | undefined, string][] = [
    ['Albanian Prime Minister Edi Rama', 'person'],
    ['Priya Natarajan, a hydrologist at Lakeside University', 'person'],
    ['the Iranian intelligence ministry', 'organization'],
    ['Tehran', 'organization'],
    ['Reuters', 'media'],
    ['a report by Iranian state television', 'media'],
    ['Sources', 'anonymous'],
    ['a senior administration official', 'anonymous'],
    ['people familiar with the matter', 'anonymous'],
    ['Experts', 'vague'],
    ['critics', 'vague'],
    ['media reports', 'vague'],
    ['Some residents', 'vague'],
    ['the city engineering report', 'document'],
    ['he', 'pronoun'],
    // Social-media handles are accounts, named, never vague.
    ['@CityDesk', 'person'],
    ['@StatePolice', 'organization'],
    ['@MetroTV', 'media'],
    [undefined, 'none'],
  ];
  for (const [text, kind] of cases) assert.equal(sourceKindOf(text, lexicon), kind, String(text));
});
