import * as vscode from 'vscode';

let made = 0;
/** A temporary name beside the file that no other save shares: random, and counted within this window. */
function tempFor(file: vscode.Uri): vscode.Uri {
  const random = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return file.with({ path: `${file.path}.${random}${(++made).toString(36)}.tmp` });
}

/**
 * Writes a file through VS Code's file system (any scheme, the web host,
 * virtual workspaces) as nearly atomically as it allows: a temporary file
 * beside it, renamed over it; the temporary file is removed if the write or
 * the rename fails, and the error is thrown.
 */
export async function writeAtomically(file: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const tmp = tempFor(file);
  try {
    await vscode.workspace.fs.writeFile(tmp, bytes);
    await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
