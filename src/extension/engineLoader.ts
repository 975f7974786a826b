import * as vscode from 'vscode';
import { createEngine, MODEL_FILES, type Engine, type ModelFiles } from '../engine/index';
import { readExtensionFile } from './extensionFiles';
import { type Log, reasonOf } from './log';

/** Where the extension ships its models. */
export function shippedModels(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'models');
}

/**
 * Reads the models in `folder` (the shipped ones: shippedModels) and makes
 * the engine of them; says in the log what loaded, or what failed and why.
 * The bytes are kept for the web workers, which make their own.
 */
export async function loadEngine(folder: vscode.Uri, log: Log): Promise<{ engine: Engine; files: ModelFiles }> {
  const t0 = Date.now();
  const where = folder.toString(true);
  try {
    const [cue, role] = await Promise.all(MODEL_FILES.map((f) => readExtensionFile(vscode.Uri.joinPath(folder, f))));
    const engine = createEngine({ cue, role });
    log.info(`Models loaded from ${where} in ${Date.now() - t0} ms`);
    return { engine, files: { cue, role } };
  } catch (err) {
    log.error(`Models could not be loaded from ${where}: ${reasonOf(err)}`);
    throw err;
  }
}
