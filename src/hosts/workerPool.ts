import type { Analysis, BlockResult, BlockRunner, Engine } from '../engine/index';

/**
 * A pool of workers that analyse blocks off the calling thread: worker threads
 * in Node (src/hosts/node/blockWorkers.ts), web workers in the browser
 * (src/hosts/web/blockWorkers.ts). This file is the part they share: the
 * queue, the messages and what happens when a worker fails.
 */

export interface WorkerRunner extends Required<BlockRunner> {
  /**
   * Analyses a whole text (an article of the workspace index) at a low
   * priority: a worker takes it only when no block job (an open editor's
   * text) waits, and only when it has nothing else in hand, so that a block
   * job sent later waits for one text at most.
   */
  analyzeText(text: string): Promise<Analysis>;
  /** Settles when every worker has loaded the models (or failed to). */
  ready(): Promise<void>;
  /** How many blocks the workers have analysed. */
  readonly analysed: number;
  /** Calls `listener` with each worker that fails; `starting` when it failed before it was ready (the pool then gives up on workers). */
  onFailure(listener: (err: Error, starting: boolean) => void): void;
  dispose(): void;
}

/** What a worker sends: that it is ready, a job's results (a block job's, a text job's), or why the job failed. */
export type WorkerReply = { ready: true } | { results: BlockResult[] } | { analysis: Analysis } | { error: string };

/** A job for a worker: blocks of a text to analyse (an editor's), or a whole text (the workspace index's). */
export type WorkerJob = { blocks: string[] } | { text: string };

/** A worker's answer to a job (the same in every host). */
export function answer(engine: Pick<Engine, 'analyze' | 'analyzeBlock'>, job: WorkerJob): WorkerReply {
  return 'text' in job ? { analysis: engine.analyze(job.text) } : { results: job.blocks.map((b) => engine.analyzeBlock(b)) };
}

/** One worker, however the host makes them. */
export interface WorkerPort {
  /** Sends a job. */
  post(message: WorkerJob): void;
  /** Whether the worker has work: a Node worker keeps its process alive only then. */
  busy?(on: boolean): void;
  terminate(): void;
}

/** Starts a worker that calls `reply` with each message it sends and `fail` if it dies. */
export type StartWorker = (reply: (m: WorkerReply) => void, fail: (err: Error) => void) => WorkerPort;

/** One run() call (consecutive blocks) or analyzeText() call, analysed by one worker. */
interface Job {
  message: WorkerJob;
  resolve: (r: Exclude<WorkerReply, { ready: true } | { error: string }>) => void;
  reject: (e: Error) => void;
}

/**
 * Jobs a worker is sent before it answers: the next waits in its own inbox, so
 * it need not idle until the calling thread, busy between its slices, sends more.
 */
const IN_HAND = 2;
/**
 * `size` workers made by `startWorker`, started on first use (or warm()).
 * Each run() is one job (its caller, src/engine/run/sharedText.ts, hands out chunks
 * of a text), queued with those of other calls; a free worker takes the next. A worker that fails rejects
 * its job and those queued, and the pool starts afresh on next use; one that
 * fails before it is ready (a missing script, unreadable models) is not tried
 * again.
 */
export function workerPool(startWorker: StartWorker, size: number): WorkerRunner {
  let workers: WorkerPort[] | undefined;
  let started: Promise<void> | undefined;
  let warmed = false;
  let broken: Error | undefined;
  /** Ready workers, and the jobs each has been sent, oldest first (a worker answers in order). */
  const running = new Map<WorkerPort, Job[]>();
  const queue: Job[] = [];
  /** Whole texts, sent only to an idle worker when no block job waits. */
  const later: Job[] = [];
  let analysed = 0;
  const failureListeners: ((err: Error, starting: boolean) => void)[] = [];

  const send = (w: WorkerPort, jobs: Job[], job: Job) => {
    jobs.push(job);
    w.busy?.(true);
    w.post(job.message);
  };
  const pump = () => {
    for (let depth = 1; depth <= IN_HAND && queue.length; depth++) {
      for (const [w, jobs] of running) {
        if (jobs.length >= depth) continue;
        const job = queue.shift();
        if (!job) break;
        send(w, jobs, job);
      }
    }
    for (const [w, jobs] of running) {
      if (queue.length || !later.length) return;
      if (!jobs.length) send(w, jobs, later.shift()!);
    }
  };
  const fail = (err: Error) => {
    for (const job of [...[...running.values()].flat(), ...queue.splice(0), ...later.splice(0)]) job.reject(err);
    running.clear();
    for (const w of workers ?? []) w.terminate();
    workers = undefined;
    started = undefined;
    warmed = false;
  };
  const start = () => {
    if (workers || broken) return;
    const ready: Promise<void>[] = [];
    const pool: WorkerPort[] = [];
    for (let i = 0; i < size; i++) {
      let isReady: () => void = () => undefined;
      let notReady: (err: Error) => void = () => undefined;
      ready.push(new Promise<void>((resolve, reject) => {
        isReady = resolve;
        notReady = reject;
      }));
      let up = false;
      const down = (err: Error) => {
        for (const listener of failureListeners) listener(err, !up);
        notReady(err);
        if (!warmed) broken = err;
        if (workers === pool) fail(err);
      };
      const w: WorkerPort = startWorker(
        (m) => {
          if ('ready' in m) {
            up = true;
            running.set(w, []);
            isReady();
          } else if (!up) {
            return down(new Error('error' in m ? m.error : 'block worker sent results before it was ready'));
          } else {
            const jobs = running.get(w) ?? [];
            const job = jobs.shift();
            if ('error' in m) {
              job?.reject(new Error(m.error));
            } else {
              if ('results' in m) analysed += m.results.length;
              job?.resolve(m);
            }
            if (!jobs.length) w.busy?.(false);
          }
          pump();
        },
        down,
      );
      pool.push(w);
    }
    workers = pool;
    started = Promise.all(ready).then(
      () => {
        if (workers === pool) warmed = true;
      },
      () => undefined, // a worker failed: not ready, and the text is analysed on the calling thread
    );
  };
  return {
    get analysed() {
      return analysed;
    },
    onFailure(listener) {
      failureListeners.push(listener);
    },
    size,
    warm: start,
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
      const results = new Promise<BlockResult[]>((resolve, reject) => queue.push({
        message: { blocks }, reject, resolve: (r) => ('results' in r ? resolve(r.results) : reject(new Error('a block job was answered with an analysis'))),
      }));
      pump();
      return results;
    },
    async analyzeText(text) {
      start();
      if (broken) throw broken;
      const analysis = new Promise<Analysis>((resolve, reject) => later.push({
        message: { text }, reject, resolve: (r) => ('analysis' in r ? resolve(r.analysis) : reject(new Error('a text job was answered with block results'))),
      }));
      pump();
      return analysis;
    },
    dispose() {
      fail(new Error('the block workers were stopped'));
    },
  };
}
