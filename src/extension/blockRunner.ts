import * as vscode from 'vscode';
import type { BlockRunner } from '../core/analyze';
import type { WorkerRunner } from '../node/blockWorkers';

/**
 * In the desktop extension host (Node), long texts are analysed by worker
 * threads, in parallel and off the extension host's thread; the web host has
 * none and analyses in slices. Returns the runner (if any) and its disposal.
 */
export function blockRunner(extensionUri: vscode.Uri): { runner?: BlockRunner & { readonly analysed: number; ready(): Promise<void> } } & vscode.Disposable {
  const node = typeof process !== 'undefined' && !!process.versions?.node && extensionUri.scheme === 'file';
  if (!node) return { dispose() {} };
  try {
    // Only reached in Node; the web bundle leaves node: modules out.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { workerRunner } = require('../node/blockWorkers') as { workerRunner: (script: string) => WorkerRunner };
    const runner = workerRunner(vscode.Uri.joinPath(extensionUri, 'dist', 'blockWorker.js').fsPath);
    return { runner, dispose: () => runner.dispose() };
  } catch {
    return { dispose() {} };
  }
}
