import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BlockResult, BlockRunner } from '../core/analyze';

export interface WorkerRunner extends Required<BlockRunner> {
  /** Settles when every worker has loaded the models (or failed to). */
  ready(): Promise<void>;
  /** How many blocks the workers have analysed. */
  readonly analysed: number;
  dispose(): void;
}

/** A share of one run() call: consecutive blocks, analysed by one worker. */
interface Job {
  blocks: string[];
  resolve: (r: BlockResult[]) => void;
  reject: (e: Error) => void;
}

/** A worker's share of a run() comes in about this many chunks, so that one slow share does not hold up the rest. */
const CHUNKS_PER_WORKER = 8;
/** ...but a chunk is not smaller than this many characters (a message per chunk). */
const CHUNK_MIN = 20_000;

/** Consecutive blocks grouped into chunks of about `size` characters. */
function chunksOf(blocks: string[], size: number): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = 0;
  for (const b of blocks) {
    chunk.push(b);
    length += b.length;
    if (length >= size) {
      chunks.push(chunk);
      chunk = [];
      length = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * A pool of worker threads that analyse blocks off the calling thread, for
 * long texts in Node (the desktop extension host, the CLI, the benchmark).
 * Each run() is cut into chunks of consecutive blocks, queued with those of
 * other calls; a free worker takes the next one. Workers start on first use
 * (or warm()), and keep the process alive only while they work.
 *
 * The pool leaves one core to the calling thread, which analyses a long text
 * from its start while the workers take it from its end (src/core/analyze.ts).
 *
 * @param script the bundled worker (dist/blockWorker.js)
 * @param models the folder of model files, when not beside the script
 */
export function workerRunner(script: string, models?: string, size = Math.max(1, Math.min(4, availableParallelism() - 1))): WorkerRunner {
  let workers: Worker[] | undefined;
  let started: Promise<void> | undefined;
  let warmed = false;
  /** A worker failed before it was ready (a missing script, unreadable models): not tried again. */
  let broken: Error | undefined;
  const free = new Set<Worker>();
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  let analysed = 0;

  const pump = () => {
    for (const w of free) {
      const job = queue.shift();
      if (!job) break;
      free.delete(w);
      running.set(w, job);
      w.ref();
      w.postMessage({ blocks: job.blocks });
    }
  };
  const fail = (err: Error) => {
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(err);
    running.clear();
    free.clear();
    for (const w of workers ?? []) void w.terminate();
    workers = undefined;
    started = undefined;
    warmed = false;
  };
  const start = (): Worker[] => {
    if (workers || broken) return workers ?? [];
    const ready: Promise<void>[] = [];
    const pool = Array.from({ length: size }, () => {
      const w = new Worker(script, { workerData: { models } });
      ready.push(new Promise((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
      }));
      w.on('message', (m: { ready?: boolean; results?: BlockResult[]; error?: string }) => {
        if (m.ready) {
          free.add(w);
        } else {
          const job = running.get(w);
          running.delete(w);
          free.add(w);
          if (m.results) {
            analysed += m.results.length;
            job?.resolve(m.results);
          } else {
            job?.reject(new Error(m.error ?? 'block worker failed'));
          }
        }
        if (!running.has(w)) w.unref();
        pump();
      });
      w.on('error', (err) => {
        if (!warmed) broken = err;
        if (workers === pool) fail(err);
      });
      return w;
    });
    workers = pool;
    // Referenced while they start, so that a process waiting for them stays alive.
    started = Promise.all(ready).then(
      () => {
        warmed = true;
      },
      () => undefined, // a worker failed: not ready, and the text is analysed on the calling thread
    );
    return pool;
  };
  return {
    get analysed() {
      return analysed;
    },
    size,
    warm() {
      start();
    },
    isReady() {
      return warmed && workers !== undefined;
    },
    async ready() {
      start();
      await started;
    },
    async run(blocks) {
      start();
      if (broken) throw broken;
      const total = blocks.reduce((n, b) => n + b.length, 0);
      const chunks = chunksOf(blocks, Math.max(CHUNK_MIN, total / (size * CHUNKS_PER_WORKER)));
      const results = chunks.map((chunk) => new Promise<BlockResult[]>((resolve, reject) => queue.push({ blocks: chunk, resolve, reject })));
      pump();
      return (await Promise.all(results)).flat();
    },
    dispose() {
      fail(new Error('the block workers were stopped'));
    },
  };
}
