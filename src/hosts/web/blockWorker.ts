import { createEngine, type Engine, type ModelFiles } from '../../engine/index';
import { answer, type WorkerJob, type WorkerReply } from '../workerPool';

/**
 * A web worker of the block runner in the web extension host
 * (src/extension/blockRunner.ts): the first message brings the model files,
 * each one after it a chunk of blocks to analyse, or a whole text.
 */
declare function postMessage(message: WorkerReply): void;
const scope = globalThis as unknown as { onmessage: ((e: { data: unknown }) => void) | null };

scope.onmessage = (first) => {
  const { models } = first.data as { models: ModelFiles };
  let engine: Engine;
  try {
    engine = createEngine(models);
    // One sentence first: ready means able to analyse.
    engine.analyzeBlock('Mayor Elena Varga said the plan would protect every neighbourhood.');
  } catch (err) {
    // Never ready: the pool does not use this worker, and the text is analysed in the extension host.
    postMessage({ error: err instanceof Error ? err.message : String(err) });
    return;
  }
  scope.onmessage = (e) => {
    try {
      postMessage(answer(engine, e.data as WorkerJob));
    } catch (err) {
      postMessage({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  postMessage({ ready: true });
};
