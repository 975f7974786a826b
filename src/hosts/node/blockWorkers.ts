import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerPool, WorkerReply, WorkerRunner } from '../workerPool';

export type { WorkerRunner } from '../workerPool';

/**
 * Worker threads that analyse blocks, for long texts in Node (the desktop
 * extension host, the CLI, the benchmark). The pool leaves one core to the
 * calling thread, which analyses a long text from its start while the workers
 * take it from its end (src/engine/run/sharedText.ts). A worker keeps the process
 * alive only while it has work.
 *
 * @param script the bundled worker (dist/blockWorker.js)
 * @param models the folder of model files, when not beside the script
 */
export function workerRunner(script: string, models?: string, size = Math.max(1, Math.min(4, availableParallelism() - 1))): WorkerRunner {
  return workerPool((reply, fail) => {
    const w = new Worker(script, { workerData: { models } });
    w.on('message', (m: WorkerReply) => reply(m));
    w.on('error', fail);
    return {
      post: (message) => w.postMessage(message),
      busy: (on) => (on ? w.ref() : w.unref()),
      terminate: () => void w.terminate(),
    };
  }, size);
}
