import * as vscode from 'vscode';
import type { ModelFiles } from '../engine/index';
import type { WorkerRunner } from '../hosts/workerPool';
import { webWorkerRunner } from '../hosts/web/blockWorkers';

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
  const { workerRunner } = require('../hosts/node/blockWorkers') as { workerRunner: (script: string) => WorkerRunner };
  return workerRunner(vscode.Uri.joinPath(extensionUri, 'dist', 'blockWorker.js').fsPath);
}

function webRunner(extensionUri: vscode.Uri, models: Promise<ModelFiles>): WorkerRunner | undefined {
  return webWorkerRunner(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'blockWorker.js').toString(true), models);
}
