import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBlock } from '../core/analyze';
import { defaultTaggers } from '../core/models';
import { loadModelsFromDisk } from './loadModels';

/**
 * A worker thread of the block runner (src/node/blockWorkers.ts): analyses the
 * blocks it is sent with the models beside it, and sends back their results.
 */
loadModelsFromDisk(workerData?.models);
// No tag memo: a worker sees new text (the Analyzer that sends it caches block results).
const taggers = defaultTaggers();

// Warm up: compile the engine's hot paths on a sample before real text arrives, then say so.
const speakers = ['Mayor Elena Varga', 'the ministry', 'she', 'Officials', 'Experts', 'A spokesman for the council'];
const verbs = ['said', 'told reporters', 'denied', 'claimed', 'warned', 'has said'];
const sample: string[] = [];
for (let i = 0; i < 240; i++) {
  const who = speakers[i % speakers.length];
  const verb = verbs[(i * 7) % verbs.length];
  sample.push(i % 3 === 0 ? `“The river walls will cost ${i + 3} million dollars,” ${who} ${verb}.` : `${who} ${verb} that the plan for district ${i} would be finished by ${1990 + i}, according to a report.`);
}
for (let i = 0; i < sample.length; i += 6) analyzeBlock(sample.slice(i, i + 6).join(' '), taggers);
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { id: number; blocks: string[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, results: message.blocks.map((b) => analyzeBlock(b, taggers)) });
  } catch (err) {
    parentPort?.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) });
  }
});
