import { parentPort, workerData } from 'node:worker_threads';
import { answer, type WorkerJob } from '../workerPool';
import { loadEngine } from './loadEngine';

/**
 * A worker thread of the block runner (src/hosts/node/blockWorkers.ts): analyses the
 * blocks it is sent with the models beside it, and sends back their results;
 * or a whole text (an article of the workspace index), and sends back its analysis.
 * (No tag memo: a worker sees new text; the Analyzer that sends it caches block results.)
 */
const engine = loadEngine(workerData?.models);

// One sentence first: ready means able to analyse. (A longer warm-up on a made-up sample
// was measured: it delayed start-up by 0.4–0.6 s and saved little; the JIT warms on real text.)
engine.analyzeBlock('Mayor Elena Varga said the plan would protect every neighbourhood.');
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: WorkerJob) => {
  try {
    parentPort?.postMessage(answer(engine, message));
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
