import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueKindOf, cueLemma } from '../../../../src/engine/classify/cueKind';

test('cue lemmas and kinds', () => {
  const cases: [string, string, string][] = [
    ['said', 'say', 'neutral'], ['has said', 'say', 'neutral'], ['according to', 'according to', 'neutral'],
    ['told', 'tell', 'neutral'], ['claimed', 'claim', 'loaded'], ['admitted', 'admit', 'loaded'], ['insisted', 'insist', 'loaded'],
    ['conceded', 'concede', 'loaded'], ['revealed', 'reveal', 'loaded'], ['noted', 'note', 'loaded'],
    ['denies', 'deny', 'denial'], ['denied', 'deny', 'denial'], ['accused', 'accuse', 'accusation'],
    ['accusing', 'accuse', 'accusation'], ['thinks', 'think', 'neutral'], ['believes', 'believe', 'neutral'],
    ['thanked', 'thank', 'other'], ['was quoted as saying', 'quote', 'neutral'],
  ];
  for (const [cue, lemma, kind] of cases) {
    assert.equal(cueLemma(cue), lemma, cue);
    assert.equal(cueKindOf(cueLemma(cue), cue), kind, cue);
  }
});
