import * as vscode from 'vscode';
import { MODEL_FILES, ModelFiles, setDefaultModels } from '../engine/model/models';


let loaded: Promise<ModelFiles> | undefined;

/**
 * Reads the shipped models (dist/models) through VS Code's file system, which
 * works in the desktop and the web extension host alike, and installs them.
 * The bytes are kept for the web workers, which get their own copy.
 */
export function loadModels(extensionUri: vscode.Uri): Promise<ModelFiles> {
  loaded ??= (async () => {
    const [cue, role] = await Promise.all(MODEL_FILES.map((f) => readBytes(vscode.Uri.joinPath(extensionUri, 'dist', 'models', f))));
    setDefaultModels({ cue, role });
    return { cue, role };
  })();
  return loaded;
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
