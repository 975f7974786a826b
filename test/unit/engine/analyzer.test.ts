import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeBlock, Analyzer, BlockRunner } from '../../../src/engine/analyzer';
import { analyze, models } from '../../support/engine';
import { splitBlocks } from '../../../src/engine/text/blocks';
import { ROOT } from '../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

test('Analyzer: after edits, the cached result equals a fresh analysis', () => {
  const analyzer = new Analyzer(models);
  let text = SAMPLE;
  analyzer.analyze(text);
  const edits: [number, string][] = [[text.indexOf('Okafor accused'), 'Later, '], [text.indexOf('Experts have'), 'x'], [10, '\n\n']];
  for (const [at, insert] of edits) {
    text = text.slice(0, at) + insert + text.slice(at);
    assert.deepEqual(analyzer.analyze(text), analyze(text));
  }
});

test('Analyzer: in slices it gives the same result, and gives up when a newer text comes', async () => {
  const big = Array.from({ length: 30 }, () => SAMPLE).join('\n\n');
  const slices: number[] = [];
  const sliced = await new Analyzer(models).analyzeInSlices(big, { sliceMs: 1, onSlice: (ms) => slices.push(ms) });
  assert.deepEqual(sliced, analyze(big));
  assert.ok(slices.length > 1, 'it yielded to the event loop');
  const cancelled = await new Analyzer(models).analyzeInSlices(big, { sliceMs: 0, cancelled: () => true });
  assert.equal(cancelled, undefined);
});

test('Analyzer: a long text is shared, the runner taking blocks from its end while this thread goes from its start', async () => {
  // No paragraph repeated: a block known already is not handed out again.
  const big = Array.from({ length: 80 }, (_, i) => SAMPLE.split('\n\n').map((p, j) => `${p.trim()} (${i}.${j})`).join('\n\n')).join('\n\n');
  const sent: string[][] = [];
  const slow: BlockRunner = {
    size: 1,
    run: async (blocks) => {
      sent.push(blocks);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return blocks.map((b) => analyzeBlock(b, models));
    },
  };
  const result = await new Analyzer(models, true, slow).analyzeInSlices(big, { sliceMs: 1 });
  assert.deepEqual(result, analyze(big));
  const blocks = splitBlocks(big).map((b) => big.slice(b.start, b.end));
  const taken = sent.flat();
  assert.ok(taken.length > 0 && taken.length < blocks.length, `each side did part (the runner ${taken.length} of ${blocks.length} blocks)`);

  // Chunk after chunk from the end: together, the blocks after some point.
  assert.deepEqual(sent.slice().reverse().flat(), blocks.slice(blocks.length - taken.length));
});

test('Analyzer: a runner that fails part-way leaves the rest to this thread', async () => {
  const big = Array.from({ length: 60 }, (_, i) => SAMPLE.replace(/Varga/g, `Varga${i}`)).join('\n\n');
  let calls = 0;
  const failing: BlockRunner = {
    run: async (blocks) => {
      if (++calls > 2) throw new Error('worker died');
      return blocks.map((b) => analyzeBlock(b, models));
    },
  };
  assert.deepEqual(await new Analyzer(models, true, failing).analyzeInSlices(big, { sliceMs: 1 }), analyze(big));
  assert.ok(calls > 2);
});

test('Analyzer: a runner that never gets ready is never waited for', async () => {
  const big = Array.from({ length: 50 }, (_, i) => SAMPLE.replace(/Varga/g, `Varga${i}`)).join('\n\n');
  let warmed = 0;
  const never: BlockRunner = {
    warm: () => { warmed++; },
    isReady: () => false,
    run: () => { throw new Error('handed blocks before it was ready'); },
  };
  assert.deepEqual(await new Analyzer(models, true, never).analyzeInSlices(big, { sliceMs: 1 }), analyze(big));
  assert.ok(warmed > 0, 'it was asked to get ready');
});

test('a surname completed from a full name later in the text is completed afresh after an edit removes that name', () => {
  const analyzer = new Analyzer(models, true);
  const withName = 'Brandt says the budget is fine\n\nCouncillor Tom Brandt spoke on Monday.\n';
  const says = (text: string) => analyzer.analyze(text).claims.find((c) => c.cueText === 'says')?.speaker?.name;
  assert.equal(says(withName), 'Tom Brandt');
  assert.equal(says('Brandt says the budget is fine\n\nThe councillor spoke on Monday.\n'), 'Brandt');
  assert.equal(says(withName), 'Tom Brandt');
});
