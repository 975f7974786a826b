import type { ModelFiles } from '../../engine/index';
import { workerPool, WorkerReply, WorkerRunner } from '../workerPool';

/** The little of the browser's Worker this file uses (the types here are Node's). */
interface WebWorker {
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: (new (url: string) => WebWorker) | undefined;
declare const navigator: { hardwareConcurrency?: number } | undefined;

/**
 * Web workers that analyse blocks (dist/web/blockWorker.js at `script`), each
 * sent its own copy of the model files; one core is left to the calling
 * thread. Undefined where the host cannot make workers.
 */
export function webWorkerRunner(script: string, models: Promise<ModelFiles>, size = Math.max(1, Math.min(4, (navigator?.hardwareConcurrency ?? 2) - 1))): WorkerRunner | undefined {
  if (typeof Worker !== 'function') return undefined;
  const WebWorker = Worker;
  return workerPool((reply, fail) => {
    const w = new WebWorker(script);
    w.onmessage = (e) => reply(e.data);
    w.onerror = (e) => fail(new Error(e.message ?? 'block worker failed'));
    models.then((files) => w.postMessage({ models: files }), (err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));
    return { post: (message) => w.postMessage(message), terminate: () => w.terminate() };
  }, size);
}
