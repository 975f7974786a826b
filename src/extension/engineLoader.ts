import * as vscode from 'vscode';
import { createEngine, MODEL_FILES, type Engine, type ModelFiles } from '../engine/index';


/**
 * Reads the shipped models (dist/models) through VS Code's file system, which
 * works in the desktop and the web extension host alike, and makes the
 * engine of them. The bytes are kept for the web workers, which make their own.
 */
export async function loadEngine(extensionUri: vscode.Uri): Promise<{ engine: Engine; files: ModelFiles }> {
  const [cue, role] = await Promise.all(MODEL_FILES.map((f) => readBytes(vscode.Uri.joinPath(extensionUri, 'dist', 'models', f))));
  return { engine: createEngine({ cue, role }), files: { cue, role } };
}

/** VS Code's file system where it can; plain fetch for an extension served over http(s) on the web. */
async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const res = await fetch(uri.toString(true));
    if (!res.ok) throw new Error(`cannot load ${uri.toString(true)}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  return vscode.workspace.fs.readFile(uri);
}
