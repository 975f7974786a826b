import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BlockResult, BlockRunner } from '../core/analyze';

export interface WorkerRunner extends Required<BlockRunner> {
  /** Settles when every worker has loaded the models and warmed up. */
  ready(): Promise<void>;
  /** How many blocks the workers have analysed. */
  readonly analysed: number;
  dispose(): void;
}

/**
 * A pool of worker threads that analyse blocks in parallel, for long texts in
 * Node (the desktop extension host, the CLI, the benchmark). The blocks are
 * cut into one contiguous share per worker, of about equal length. Workers
 * start on first use (or warm()), warm up by analysing a sample of their own,
 * and keep the process alive only while they work.
 *
 * @param script the bundled worker (dist/blockWorker.js)
 * @param models the folder of model files, when not beside the script
 */
export function workerRunner(script: string, models?: string, size = Math.max(1, Math.min(4, availableParallelism()))): WorkerRunner {
  let workers: Worker[] | undefined;
  let started: Promise<void> | undefined;
  let warmed = false;
  let next = 0;
  const waiting = new Map<number, { worker: Worker; resolve: (r: BlockResult[]) => void; reject: (e: Error) => void }>();
  const idle = (w: Worker) => {
    if (![...waiting.values()].some((job) => job.worker === w)) w.unref();
  };
  const start = (): Worker[] => {
    if (workers) return workers;
    const ready: Promise<void>[] = [];
    workers = Array.from({ length: size }, () => {
      const w = new Worker(script, { workerData: { models } });
      ready.push(new Promise((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
      }));
      w.on('message', (m: { id?: number; results?: BlockResult[]; error?: string }) => {
        if (m.id === undefined) return; // the worker has warmed up
        const job = waiting.get(m.id);
        waiting.delete(m.id);
        idle(w);
        if (m.results) job?.resolve(m.results);
        else job?.reject(new Error(m.error ?? 'block worker failed'));
      });
      w.on('error', (err) => {
        for (const job of waiting.values()) job.reject(err);
        waiting.clear();
        workers = undefined;
        started = undefined;
        warmed = false;
      });
      return w;
    });
    // Referenced while they warm up, so that a process waiting for them stays alive.
    started = Promise.all(ready).then(
      () => {
        warmed = true;
        workers?.forEach(idle);
      },
      () => undefined, // a worker failed: not ready, and the text is analysed in slices
    );
    return workers;
  };
  const send = (w: Worker, blocks: string[]) => new Promise<BlockResult[]>((resolve, reject) => {
    const id = next++;
    waiting.set(id, { worker: w, resolve, reject });
    w.ref();
    w.postMessage({ id, blocks });
  });
  let analysed = 0;
  return {
    get analysed() {
      return analysed;
    },
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
      const pool = start();
      const total = blocks.reduce((n, b) => n + b.length, 0);
      const shares: string[][] = pool.map(() => []);
      let done = 0;
      for (const b of blocks) {
        shares[Math.min(pool.length - 1, Math.floor((done / Math.max(1, total)) * pool.length))].push(b);
        done += b.length;
      }
      const results = await Promise.all(shares.map((share, i) => (share.length ? send(pool[i], share) : Promise.resolve([]))));
      analysed += blocks.length;
      return results.flat();
    },
    dispose() {
      for (const w of workers ?? []) void w.terminate();
      workers = undefined;
      started = undefined;
      warmed = false;
    },
  };
}
