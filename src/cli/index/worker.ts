import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine } from '../../hosts/node/loadEngine';
import { analyseFile, type AnalyseRequest } from './analyseFile';

/**
 * A worker thread of `claim-lens index` (dist/indexWorker.js): reads and
 * analyses whole files, as the main thread does (src/cli/index/pool.ts), and
 * sends back each file's index line body. Errors of a file are answers; a
 * failure of the worker itself ends it (the pool gives its files back).
 */
const engine = loadEngine(workerData?.models);
parentPort?.on('message', (r: AnalyseRequest) => {
  let answer;
  try {
    answer = analyseFile(engine, r);
  } catch (e) {
    answer = { error: `${r.file}: internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort?.postMessage(answer);
});
parentPort?.postMessage({ ready: true });
