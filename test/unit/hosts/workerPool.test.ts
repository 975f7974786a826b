import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BlockResult } from '../../../src/engine/index';
import { workerPool, type StartWorker, type WorkerReply } from '../../../src/hosts/workerPool';

/** Fake workers: each answers a job with one result per block (its text's length as the sentence count), after `delay`. */
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
      post({ blocks }) {
        me.jobs.push(blocks);
        const n = ++jobNo;
        setTimeout(() => {
          if (n === options.breakOnJob) return fail(new Error('worker died'));
          const answer: WorkerReply = { results: blocks.map((b): BlockResult => ({ sentences: b.length, attributions: [], names: [] })) };
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
