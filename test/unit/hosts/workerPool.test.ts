import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BlockResult } from '../../../src/engine/index';
import { workerPool, type StartWorker, type WorkerReply } from '../../../src/hosts/workerPool';

/** Fake workers: each answers a block job with one result per block (its text's length as the sentence count), a text job with an analysis of no claims and the text's length as its sentences, after a millisecond. */
function fakes(options: { failFirst?: boolean; neverReady?: boolean; breakOnJob?: number } = {}) {
  const made: { jobs: string[][]; terminated: boolean }[] = [];
  let jobNo = 0;
  const start: StartWorker = (reply, fail) => {
    const me = { jobs: [] as string[][], terminated: false };
    made.push(me);
    queueMicrotask(() => {
      if (options.failFirst && made.length === 1) fail(new Error('cannot load the models'));
      else if (!options.neverReady) reply({ ready: true });
    });
    return {
      post(job) {
        me.jobs.push('blocks' in job ? job.blocks : [`text:${job.text}`]);
        const n = ++jobNo;
        setTimeout(() => {
          if (n === options.breakOnJob) return fail(new Error('worker died'));
          const answer: WorkerReply = 'blocks' in job
            ? { results: job.blocks.map((b): BlockResult => ({ sentences: b.length, attributions: [], names: [] })) }
            : { analysis: { claims: [], sentences: job.text.length } };
          reply(answer);
        }, 1);
      },
      terminate() { me.terminated = true; },
    };
  };
  return { start, made };
}

test('worker pool: jobs go to the ready workers, at most two in hand each, and come back in order', async () => {
  const { start, made } = fakes();
  const pool = workerPool(start, 2);
  await pool.ready();
  assert.ok(pool.isReady());
  const runs = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'].map((b) => pool.run([b, b + b]));
  const results = await Promise.all(runs);
  assert.deepEqual(results.map((r) => r.map((x) => x.sentences)), [[1, 2], [2, 4], [3, 6], [4, 8], [5, 10], [6, 12]]);
  assert.equal(made.length, 2);
  assert.ok(made.every((w) => w.jobs.length >= 1), 'both workers took work');
  assert.equal(pool.analysed, 12);
  pool.dispose();
  assert.ok(made.every((w) => w.terminated));
});

test('worker pool: a worker that fails before it is ready makes the pool not ready, never tried again, and is reported as failing to start', async () => {
  const { start, made } = fakes({ failFirst: true });
  const pool = workerPool(start, 1);
  const failures: [string, boolean][] = [];
  pool.onFailure((err, starting) => failures.push([err.message, starting]));
  await pool.ready();
  assert.equal(pool.isReady(), false);
  await assert.rejects(pool.run(['x']), /cannot load the models/);
  assert.equal(made.length, 1, 'not started again');
  assert.deepEqual(failures, [['cannot load the models', true]]);
});

test('worker pool: a worker that dies mid-job rejects its jobs and is reported; the pool starts afresh on the next run', async () => {
  const { start, made } = fakes({ breakOnJob: 1 });
  const pool = workerPool(start, 1);
  const failures: [string, boolean][] = [];
  pool.onFailure((err, starting) => failures.push([err.message, starting]));
  await pool.ready();
  await assert.rejects(pool.run(['x']), /worker died/);
  assert.deepEqual(failures, [['worker died', false]]);
  const again = await pool.run(['yy']);
  assert.deepEqual(again.map((r) => r.sentences), [2]);
  assert.equal(made.length, 2, 'a new worker was started');
  pool.dispose();
});

test('worker pool: one that never gets ready is not waited for by isReady()', async () => {
  const { start } = fakes({ neverReady: true });
  const pool = workerPool(start, 1);
  pool.warm();
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(pool.isReady(), false);
  pool.dispose();
});

test('worker pool: whole texts (the workspace index) go only to an idle worker, after every block job that waits, one at a time', async () => {
  const { start, made } = fakes();
  const pool = workerPool(start, 1);
  await pool.ready();
  const texts = ['t1', 't22', 't333'].map((t) => pool.analyzeText(t));
  // Block jobs asked for after the texts still go first, but for the one text already in the worker's hand.
  const blocks = ['a', 'bb', 'ccc'].map((b) => pool.run([b]));
  assert.deepEqual((await Promise.all(texts)).map((a) => a.sentences), [2, 3, 4]);
  assert.deepEqual((await Promise.all(blocks)).map((r) => r[0].sentences), [1, 2, 3]);
  assert.deepEqual(made[0].jobs, [['text:t1'], ['a'], ['bb'], ['ccc'], ['text:t22'], ['text:t333']]);
  pool.dispose();
});

test('worker pool: a text job fails with its worker, and none is left waiting when the pool is stopped', async () => {
  const { start } = fakes({ breakOnJob: 1 });
  const pool = workerPool(start, 1);
  await pool.ready();
  await assert.rejects(pool.analyzeText('dies'), /worker died/);
  assert.equal((await pool.analyzeText('lives')).sentences, 5);
  const waiting = [pool.analyzeText('x'), pool.analyzeText('y')];
  pool.dispose();
  for (const w of waiting) await assert.rejects(w, /stopped/);
});
