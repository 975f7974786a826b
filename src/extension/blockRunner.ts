import * as vscode from 'vscode';
import { workerPool, WorkerReply, WorkerRunner } from '../core/workerPool';
import type { ModelFiles } from './models';

/** The little of the browser's Worker this file uses (the web host has it; the types here are Node's). */
interface WebWorker {
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: (new (url: string) => WebWorker) | undefined;
declare const navigator: { hardwareConcurrency?: number } | undefined;

/**
 * Long texts are analysed by workers, in parallel with the extension host's
 * thread: worker threads in the desktop host (Node), web workers in the web
 * host. Returns the runner (none where workers cannot be made) and its disposal.
 */
export function blockRunner(extensionUri: vscode.Uri, models: Promise<ModelFiles>): { runner?: WorkerRunner } & vscode.Disposable {
  const node = typeof process !== 'undefined' && !!process.versions?.node && extensionUri.scheme === 'file';
  try {
    const runner = node ? nodeRunner(extensionUri) : webRunner(extensionUri, models);
    return runner ? { runner, dispose: () => runner.dispose() } : { dispose() {} };
  } catch {
    return { dispose() {} };
  }
}

function nodeRunner(extensionUri: vscode.Uri): WorkerRunner {
  // Only reached in Node; the web bundle leaves node: modules out.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workerRunner } = require('../node/blockWorkers') as { workerRunner: (script: string) => WorkerRunner };
  return workerRunner(vscode.Uri.joinPath(extensionUri, 'dist', 'blockWorker.js').fsPath);
}

/** Web workers (dist/web/blockWorker.js), each sent its own copy of the model files; one core is left to the host. */
function webRunner(extensionUri: vscode.Uri, models: Promise<ModelFiles>): WorkerRunner | undefined {
  if (typeof Worker !== 'function') return undefined;
  const WebWorker = Worker;
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'blockWorker.js').toString(true);
  const size = Math.max(1, Math.min(4, (navigator?.hardwareConcurrency ?? 2) - 1));
  return workerPool((reply, fail) => {
    const w = new WebWorker(script);
    w.onmessage = (e) => reply(e.data);
    w.onerror = (e) => fail(new Error(e.message ?? 'block worker failed'));
    models.then((files) => w.postMessage({ models: files }), (err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));
    return { post: (message) => w.postMessage(message), terminate: () => w.terminate() };
  }, size);
}
