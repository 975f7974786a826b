import * as vscode from 'vscode';
import { hasDefaultModels, MODEL_FILES, setDefaultModels } from '../core/models';

/**
 * Reads the shipped models (dist/models) through VS Code's file system, which
 * works in the desktop and the web extension host alike.
 */
export async function loadModels(extensionUri: vscode.Uri): Promise<void> {
  if (hasDefaultModels()) return;
  const [cue, role] = await Promise.all(MODEL_FILES.map((f) => readBytes(vscode.Uri.joinPath(extensionUri, 'dist', 'models', f))));
  setDefaultModels({ cue, role });
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
