import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../../engine/index';
import { analyseFile, type Analysed, type AnalyseRequest } from './analyseFile';

/** Files a worker is sent before it answers, so that it never waits for the main thread, busy with a file of its own. */
const IN_HAND = 2;

/** A worker thread started ahead: it loads the models while the main thread hashes the files. */
export class StartedWorker {
  readonly worker = new Worker(join(__dirname, 'indexWorker.js'));
  ready = false;
  constructor() {
    this.worker.on('message', (m: { ready?: true }) => {
      if (m && 'ready' in m) this.ready = true;
    });
  }
}

/** `n` worker threads, started now (`jobs - 1` of them: the main thread is the other job). */
export function startWorkers(n: number): StartedWorker[] {
  return Array.from({ length: Math.max(0, n) }, () => new StartedWorker());
}

/**
 * Analyses files on the main thread and the worker threads `started`
 * (dist/indexWorker.js), each taking the next file when it is done; workers
 * with no file to take are ended. One that fails gives its files back to the
 * others. `done` is called on the main thread for each file, in the order they finish.
 */
export async function analyseAll(requests: AnalyseRequest[], started: StartedWorker[], engine: () => Engine, done: (r: AnalyseRequest, a: Analysed) => void): Promise<void> {
  const queue = [...requests];
  const workers: Promise<void>[] = [];
  started.forEach((s, i) => {
    if (i < queue.length - 1) workers.push(runWorker(s, queue, done));
    else void s.worker.terminate();
  });
  // The main thread takes files too, between the workers' answers (and any a failed worker gave back).
  do {
    while (queue.length) {
      const r = queue.shift()!;
      done(r, analyseSafely(engine(), r));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(workers);
  } while (queue.length);
}

function analyseSafely(engine: Engine, r: AnalyseRequest): Analysed {
  try {
    return analyseFile(engine, r);
  } catch (e) {
    return { error: `${r.file}: internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** One worker: takes files from the queue until it is empty; a worker that fails puts its files back (the main thread does them). */
function runWorker(started: StartedWorker, queue: AnalyseRequest[], done: (r: AnalyseRequest, a: Analysed) => void): Promise<void> {
  return new Promise((resolve) => {
    const w = started.worker;
    const sent: AnalyseRequest[] = [];
    let over = false;
    const finish = () => {
      if (over) return;
      over = true;
      void w.terminate();
      resolve();
    };
    const feed = () => {
      while (sent.length < IN_HAND && queue.length) {
        const r = queue.shift()!;
        sent.push(r);
        w.postMessage(r);
      }
      if (!sent.length) finish();
    };
    w.on('message', (m: Analysed | { ready: true }) => {
      if ('ready' in m) return feed();
      done(sent.shift()!, m);
      feed();
    });
    // Ready already (it said so while the main thread was busy): its files now.
    if (started.ready) feed();
    w.on('error', () => {
      queue.unshift(...sent.splice(0));
      finish();
    });
    w.on('exit', () => {
      queue.unshift(...sent.splice(0));
      finish();
    });
  });
}
