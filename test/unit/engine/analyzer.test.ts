import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeBlock, Analyzer, BlockRunner } from '../../src/engine/analyzer';
import { analyze, models } from './engine';
import { splitBlocks, updateBlocks, updateBlockSteps } from '../../src/engine/text/blocks';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'council-budget.news'), 'utf8');

test('blocks: cut at blank lines, but not inside a quotation, after a colon, or before a paragraph that opens a quote', () => {
  const text = 'One said this.\n\nTwo: \n\nthree.\n\n“Open quote\n\n“goes on.”\n\nFour said “no.”\n\nFive.';
  const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
  assert.deepEqual(blocks, ['One said this.', 'Two: \n\nthree.\n\n“Open quote\n\n“goes on.”', 'Four said “no.”', 'Five.']);
  const all = splitBlocks(SAMPLE);
  assert.equal(all[0].start, 0);
  assert.equal(all[all.length - 1].end, SAMPLE.length);
  for (let i = 1; i < all.length; i++) assert.equal(all[i].start, all[i - 1].end, 'blocks tile the text');
});

test('blocks: a single line break ends a paragraph only after the end of a sentence', () => {
  const text = 'One said this.\nTwo said\nthat.\n“Three,” he said.\nFour.';
  const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
  assert.deepEqual(blocks, ['One said this.', 'Two said\nthat.\n“Three,” he said.', 'Four.']);
});

test('blocks: updated after random edits, they equal a fresh split', () => {
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ['\n', '\n\n', '“', '”', '"', ':', '.', 'x', ' ', 'said '];
  let text = SAMPLE;
  let prev = { text, blocks: updateBlocks(undefined, text) };
  for (let i = 0; i < 400; i++) {
    const at = Math.floor(random() * text.length);
    const cut = random() < 0.4 ? Math.floor(random() * 4) : 0;
    text = text.slice(0, at) + (random() < 0.7 ? pieces[Math.floor(random() * pieces.length)] : '') + text.slice(at + cut);
    const blocks = updateBlocks(prev, text);
    const fresh = updateBlocks(undefined, text);
    assert.deepEqual(blocks, fresh, `edit ${i} at ${at}`);
    prev = { text, blocks };
  }
});

test('blocks: a long text is cut in steps, with the same blocks', () => {
  const big = Array.from({ length: 40 }, () => SAMPLE).join('\n\n');
  const steps = updateBlockSteps(undefined, big);
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses++;
  assert.ok(pauses >= 2, `it paused ${pauses} times`);
  assert.deepEqual(r.value, updateBlocks(undefined, big));
  assert.deepEqual(r.value.map((b) => ({ start: b.start, end: b.end })), splitBlocks(big));
});

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

test('Analyzer with worker threads: long new text is analysed off this thread, with the same result', async () => {
  const { workerRunner } = await import('../../src/hosts/node/blockWorkers');
  const runner = workerRunner(join(__dirname, '..', '..', 'dist', 'blockWorker.js'), join(__dirname, '..', '..', 'models'));
  try {
    const big = Array.from({ length: 60 }, (_, i) => SAMPLE.replace(/Varga/g, `Varga${i}`)).join('\n\n');
    let sent = 0;
    const counting = { run: (blocks: string[]) => { sent += blocks.length; return runner.run(blocks); } };
    const result = await new Analyzer(models, true, counting).analyzeInSlices(big);
    assert.ok(sent > 0, 'the blocks went to the workers');
    assert.deepEqual(result, analyze(big));
  } finally {
    runner.dispose();
  }
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

test('worker threads that cannot start: not ready, and the text is still analysed here', async () => {
  const { workerRunner } = await import('../../src/hosts/node/blockWorkers');
  const broken = workerRunner(join(__dirname, 'no-such-worker.js'));
  try {
    await broken.ready();
    assert.equal(broken.isReady(), false);
    const big = Array.from({ length: 50 }, () => SAMPLE).join('\n\n');
    assert.deepEqual(await new Analyzer(models, true, broken).analyzeInSlices(big), analyze(big));
  } finally {
    broken.dispose();
  }
});
