import * as vscode from 'vscode';

/**
 * Reads a file the extension ships: through VS Code's file system, which
 * works in the desktop and the web extension host alike, or with plain fetch
 * for an extension served over http(s) on the web.
 */
export async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const res = await fetch(uri.toString(true));
    if (!res.ok) throw new Error(`cannot load ${uri.toString(true)}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  return vscode.workspace.fs.readFile(uri);
}
