import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../../engine/index';
import { analyseFile, type Analysed, type AnalyseRequest } from './analyseFile';

/** Files a worker is sent before it answers, so that it never waits for the main thread, busy with a file of its own. */
const IN_HAND = 2;

/**
 * Analyses files on `jobs` threads: the main thread and `jobs - 1` worker
 * threads (dist/indexWorker.js), each taking the next file when it is done.
 * The workers start only when there are files for them; one that fails gives
 * its files back to the others. `done` is called on the main thread for each
 * file, in the order they finish.
 */
export async function analyseAll(requests: AnalyseRequest[], jobs: number, engine: () => Engine, done: (r: AnalyseRequest, a: Analysed) => void): Promise<void> {
  const queue = [...requests];
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(jobs - 1, queue.length - 1); i++) workers.push(runWorker(queue, done));
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
function runWorker(queue: AnalyseRequest[], done: (r: AnalyseRequest, a: Analysed) => void): Promise<void> {
  return new Promise((resolve) => {
    const w = new Worker(join(__dirname, 'indexWorker.js'));
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
