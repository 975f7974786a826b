import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer } from '../../../../src/engine/analyzer';
import { analyze, models } from '../../../support/engine';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

test('Analyzer with worker threads: long new text is analysed off this thread, with the same result', async () => {
  const { workerRunner } = await import('../../../../src/hosts/node/blockWorkers');
  const runner = workerRunner(join(ROOT, 'dist', 'blockWorker.js'), join(ROOT, 'models'));
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

test('worker threads that cannot start: not ready, and the text is still analysed here', async () => {
  const { workerRunner } = await import('../../../../src/hosts/node/blockWorkers');
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

test('worker threads analyse a whole text (the workspace index) as the engine does here', async () => {
  const { workerRunner } = await import('../../../../src/hosts/node/blockWorkers');
  const runner = workerRunner(join(ROOT, 'dist', 'blockWorker.js'), join(ROOT, 'models'));
  try {
    assert.deepEqual(await runner.analyzeText(SAMPLE), analyze(SAMPLE));
  } finally {
    runner.dispose();
  }
});
