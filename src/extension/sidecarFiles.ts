import * as vscode from 'vscode';
import { decodeSidecar, mergeWithFile, serializeSidecar, Sidecar } from '../review/verdicts/index';

/** Reads and saves verdict files; a save merges with what the file holds when it is written. */
export interface SidecarFiles {
  /** The file's verdicts (none when there is no file), or why it cannot be used. */
  read(file: vscode.Uri): Promise<{ sidecar: Sidecar } | { error: string }>;
  save(file: vscode.Uri, sidecar: Sidecar): Promise<{ saved: Sidecar } | { error: string }>;
}

const nameOf = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;
const EMPTY: Sidecar = { version: 1, records: [] };

async function readBytes(file: vscode.Uri): Promise<Uint8Array | undefined | { error: string }> {
  try {
    return await vscode.workspace.fs.readFile(file);
  } catch (e) {
    return e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? undefined : { error: `${nameOf(file)}: cannot read (${e instanceof Error ? e.message : String(e)})` };
  }
}

let made = 0;
/** A temporary name beside the file that no other save shares: random, and counted within this window. */
function tempFor(file: vscode.Uri): vscode.Uri {
  const random = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return file.with({ path: `${file.path}.${random}${(++made).toString(36)}.tmp` });
}

/**
 * Through VS Code's file system: any scheme, the web host and virtual
 * workspaces. No lock is possible there: saves within this window are
 * serialised by the caller (VerdictStore), each merges with the file as it
 * reads it, and writes a temporary file renamed over the verdict file
 * (removed if the write or the rename fails).
 */
export const workspaceSidecarFiles: SidecarFiles = {
  async read(file) {
    const bytes = await readBytes(file);
    if (!bytes) return { sidecar: EMPTY };
    if ('error' in bytes) return bytes;
    const parsed = decodeSidecar(bytes);
    return 'error' in parsed ? { error: `${nameOf(file)}: ${parsed.error}` } : parsed;
  },
  async save(file, sidecar) {
    const bytes = await readBytes(file);
    if (bytes && 'error' in bytes) return bytes;
    const merged = mergeWithFile(bytes, sidecar);
    if ('error' in merged) return { error: `${nameOf(file)}: ${merged.error}` };
    const tmp = tempFor(file);
    try {
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(serializeSidecar(merged.merged)));
      await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
      return { saved: merged.merged };
    } catch (e) {
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
      return { error: `${nameOf(file)}: cannot write (${e instanceof Error ? e.message : String(e)})` };
    }
  },
};

interface NodeParts { files: SidecarFiles; userName: string | undefined }

/** The desktop host's parts: the locked node:fs save of src/hosts/node/sidecarFile.ts (the one the CLI and the tests use) and the login name. */
function nodeParts(): NodeParts | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  try {
    // Only reached in Node; the web bundle leaves src/node out (scripts/build.mjs).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const side = require('../hosts/node/sidecarFile') as typeof import('../hosts/node/sidecarFile');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const user = require('../hosts/node/userName') as typeof import('../hosts/node/userName');
    return {
      files: { read: async (file) => side.readSidecar(file.fsPath), save: (file, sidecar) => side.saveSidecar(file.fsPath, sidecar) },
      userName: user.osUserName(),
    };
  } catch {
    return undefined;
  }
}

/** Verdict files for this host: `file:` URIs in the desktop host through the locked node:fs save, everything else through VS Code's file system. */
export function hostSidecarFiles(): { files: SidecarFiles; userName: string | undefined } {
  const node = nodeParts();
  if (!node) return { files: workspaceSidecarFiles, userName: undefined };
  const pick = (file: vscode.Uri) => (file.scheme === 'file' ? node.files : workspaceSidecarFiles);
  return { files: { read: (file) => pick(file).read(file), save: (file, s) => pick(file).save(file, s) }, userName: node.userName };
}
