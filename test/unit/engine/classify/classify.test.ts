import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueKindOf, cueLemma } from '../../src/engine/classify/cueKind';
import { factCheckExplorerUrl, factCheckQuery } from '../../src/review/factCheck/query';
import { claimIds } from '../../src/engine/classify/ids';
import { findSignals } from '../../src/engine/classify/signals';
import { sourceKindOf } from '../../src/engine/classify/sourceKind';
import { personalName } from '../../src/engine/classify/speakers';
import { claimsOf } from './helpers';
import { createEngine } from '../../src/engine/index';
import { lexicon, models } from './engine';
import { decodeModel, encodeModel } from '../../src/engine/model/perceptron';
import { compromiseLexicon } from '../../src/tools/train/lexicon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordnetCode } from '../../src/engine/model/wordnetClass';

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
    [undefined, 'none'],
  ];
  for (const [text, kind] of cases) assert.equal(sourceKindOf(text, lexicon), kind, String(text));
});

test('cue lemmas and kinds', () => {
  const cases: [string, string, string][] = [
    ['said', 'say', 'neutral'], ['has said', 'say', 'neutral'], ['according to', 'according to', 'neutral'],
    ['told', 'tell', 'neutral'], ['claimed', 'claim', 'loaded'], ['admitted', 'admit', 'loaded'], ['insisted', 'insist', 'loaded'],
    ['conceded', 'concede', 'loaded'], ['revealed', 'reveal', 'loaded'], ['noted', 'note', 'loaded'],
    ['denies', 'deny', 'denial'], ['denied', 'deny', 'denial'], ['accused', 'accuse', 'accusation'],
    ['accusing', 'accuse', 'accusation'], ['thinks', 'think', 'belief'], ['believes', 'believe', 'belief'],
    ['thanked', 'thank', 'other'], ['was quoted as saying', 'quote', 'neutral'],
  ];
  for (const [cue, lemma, kind] of cases) {
    assert.equal(cueLemma(cue), lemma, cue);
    assert.equal(cueKindOf(cueLemma(cue), cue), kind, cue);
  }
});

test('check-worthiness signals with their spans', () => {
  const text = 'the budget rose 12% to $4.5 million in March 2023, the largest ever, and will double by 2030';
  const signals = findSignals(text, [{ start: 0, end: text.length }]);
  const of = (kind: string) => signals.filter((s) => s.kind === kind).map((s) => s.text);
  assert.deepEqual(of('figure'), ['12%', '$4.5 million']);
  assert.deepEqual(of('date'), ['March 2023', '2030']);
  assert.ok(of('comparison').includes('largest'));
  assert.ok(of('prediction').includes('will'));
  for (const s of signals) assert.equal(text.slice(s.span.start, s.span.end), s.text);
});

test('personal names drop titles and nationalities', () => {
  assert.equal(personalName('Iranian foreign ministry spokesman Nasser Kanani', lexicon), 'Nasser Kanani');
  assert.equal(personalName('Former US Vice President Mike Pence', lexicon), 'Mike Pence');
  assert.equal(personalName('Albanian Prime Minister Edi Rama', lexicon), 'Edi Rama');
  assert.equal(personalName('the ministry', lexicon), undefined);
});

test('claim ids come from the claim text: stable when text elsewhere changes, distinct for repeats', () => {
  const a = 'Varga said the walls will hold.';
  const before = claimsOf(a)[0].id;
  const after = claimsOf('A new first paragraph.\n\n' + a).find((c) => c.cueText === 'said')?.id;
  assert.equal(after, before);
  const ids = claimIds(['x', 'x', 'y']);
  assert.equal(ids[1], ids[0] + '-2');
  assert.notEqual(ids[2], ids[0]);
});

test('analysis is deterministic and keeps no state between calls', () => {
  const text = 'Okafor said the figures were wrong. He said it again.';
  assert.deepEqual(claimsOf(text), claimsOf(text));
  claimsOf('Mike Pence spoke. He said nothing.');
  assert.deepEqual(claimsOf(text), claimsOf(text));
});

test('fact-check search links: Fact Check Explorer with the claim as the query', () => {
  const q = factCheckQuery('“Iranian regime has never been weaker\n than it is today”');
  assert.equal(q, 'Iranian regime has never been weaker than it is today');
  assert.equal(factCheckExplorerUrl(q, 'fr'), 'https://toolbox.google.com/factcheck/explorer/search/Iranian%20regime%20has%20never%20been%20weaker%20than%20it%20is%20today;hl=fr');
});

test('WordNet classes: inflected words find their lemma; the shipped cue model carries the table', () => {
  const table = { implore: 32 | (1 << 8), stop: 38, statement: (10 << 10) | (1 << 18), worry: 37 };
  assert.equal(wordnetCode(table, 'implored'), table.implore);
  assert.equal(wordnetCode(table, 'stopped'), table.stop);
  assert.equal(wordnetCode(table, 'statements'), table.statement);
  assert.equal(wordnetCode(table, 'worries'), table.worry);
  assert.equal(wordnetCode(table, 'zebra'), 0);
  const shipped = models.cue.wordnet;
  assert.ok(shipped, 'the cue model has its WordNet table');
  assert.equal(wordnetCode(shipped, 'implored') & 0xff, 32, 'implore: verb.communication');
  assert.equal(wordnetCode(shipped, 'said') & 0xff, 32, 'say, through the irregular form');
});

test('word classes come from the lexicon the cue model carries, the same as compromise gives at training', () => {
  const shipped = models.cue.lexicon;
  assert.ok(shipped, 'the cue model has its lexicon');
  assert.deepEqual(shipped, compromiseLexicon(), 'models/cue.bin was trained with this compromise version (else: npm run train)');
  assert.equal(lexicon.wordClass('said', 'said'), 'PastTense');
  assert.equal(lexicon.wordClass('the', 'the'), 'Determiner');
  assert.equal(lexicon.wordClass('zorblat', 'Zorblat'), 'Cap');
  assert.equal(lexicon.wordClass('zorblatted', 'zorblatted'), '-ed');
  assert.ok(lexicon.tags('iranian').includes('Demonym'));
  assert.deepEqual(lexicon.tags('constructor'), [], 'no inherited object keys');
});

test('a cue model without a lexicon is refused with a clear message', () => {
  const dir = join(__dirname, '../../models');
  const cue = decodeModel(readFileSync(join(dir, 'cue.bin')));
  const old = encodeModel({ ...cue, lexicon: undefined });
  assert.throws(() => createEngine({ cue: old, role: readFileSync(join(dir, 'role.bin')) }), /no word lexicon.*npm run train/);
});
