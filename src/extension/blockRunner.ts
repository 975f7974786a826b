import * as vscode from 'vscode';
import type { ModelFiles } from '../engine/index';
import type { WorkerRunner } from '../hosts/workerPool';
import { webWorkerRunner } from '../hosts/web/blockWorkers';
import { type Log, reasonOf } from './log';

/**
 * Long texts are analysed by workers, in parallel with the extension host's
 * thread: worker threads in the desktop host (Node), web workers in the web
 * host. Returns the runner (none where workers cannot be made) and its disposal.
 * Workers that cannot be made, or fail, are said in the log: the text is then
 * analysed on the extension host's thread alone, slower but the same.
 */
export function blockRunner(extensionUri: vscode.Uri, models: Promise<ModelFiles>, log: Log): { runner?: WorkerRunner } & vscode.Disposable {
  const node = typeof process !== 'undefined' && !!process.versions?.node && extensionUri.scheme === 'file';
  const kind = node ? 'worker threads' : 'web workers';
  try {
    const runner = node ? nodeRunner(extensionUri) : webRunner(extensionUri, models);
    if (!runner) {
      log.info(`No ${kind} in this host: long texts are analysed on the extension host's thread alone`);
      return { dispose() {} };
    }
    runner.onFailure((err, starting) => {
      if (starting) log.error(`The ${kind} did not start (${reasonOf(err)}): long texts are analysed on the extension host's thread alone`);
      else log.warn(`A block worker failed (${reasonOf(err)}): its blocks are analysed on the extension host's thread, and the workers start afresh for the next long text`);
    });
    return { runner, dispose: () => runner.dispose() };
  } catch (err) {
    log.error(`The ${kind} cannot be made (${reasonOf(err)}): long texts are analysed on the extension host's thread alone`);
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
