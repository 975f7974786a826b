import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine } from '../../../../src/engine/index';
import { lexicon, models } from '../../../support/engine';
import { decodeModel, encodeModel } from '../../../../src/engine/model/perceptron';
import { compromiseLexicon } from '../../../../src/tools/train/lexicon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordnetCode } from '../../../../src/engine/model/wordnetClass';
import { ROOT } from '../../../support/root';

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
  const dir = join(ROOT, 'models');
  const cue = decodeModel(readFileSync(join(dir, 'cue.bin')));
  const old = encodeModel({ ...cue, lexicon: undefined });
  assert.throws(() => createEngine({ cue: old, role: readFileSync(join(dir, 'role.bin')) }), /no word lexicon.*npm run train/);
});
