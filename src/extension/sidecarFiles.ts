import * as vscode from 'vscode';
import { writeAtomically } from './atomicWrite';
import { MAX_VERDICT_FILE_BYTES, verdictFiles, type FileAccess, type VerdictFiles } from '../review/verdicts/index';
import { type Log, reasonOf as reason } from './log';

/** Reads and saves verdict files; a save merges with what the file holds when it is written. */
export type SidecarFiles = VerdictFiles<vscode.Uri>;

const nameOf = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

async function readBytes(file: vscode.Uri): Promise<Uint8Array | undefined | { error: string }> {
  try {
    const stat = await vscode.workspace.fs.stat(file);
    if (stat.size > MAX_VERDICT_FILE_BYTES) return { error: vscode.l10n.t('{0}: {1} bytes, over the size limit of verdict files', nameOf(file), stat.size.toLocaleString('en')) };
    return await vscode.workspace.fs.readFile(file);
  } catch (e) {
    return e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? undefined : { error: vscode.l10n.t('{0}: cannot read ({1})', nameOf(file), reason(e)) };
  }
}

/**
 * Through VS Code's file system: any scheme, the web host and virtual
 * workspaces. No lock is possible there: saves within this window are
 * serialised by the caller (VerdictStore), each merges with the file as it
 * reads it, and writes a temporary file renamed over the verdict file
 * (removed if the write or the rename fails).
 */
const workspaceAccess: FileAccess<vscode.Uri> = {
  name: nameOf,
  read: readBytes,
  async update(file, next) {
    const bytes = await readBytes(file);
    if (bytes && 'error' in bytes) return bytes;
    const made = next(bytes);
    if ('error' in made) return made;
    try {
      await writeAtomically(file, new TextEncoder().encode(made.text));
      return { written: true };
    } catch (e) {
      return { error: vscode.l10n.t('{0}: cannot write ({1})', nameOf(file), reason(e)) };
    }
  },
};

export const workspaceSidecarFiles: SidecarFiles = verdictFiles(workspaceAccess);

interface NodeParts { files: SidecarFiles; userName: string | undefined }

/** The desktop host's parts: the locked node:fs access of src/hosts/node/lockedFile.ts (the one the CLI and the tests use) and the login name. */
function nodeParts(log: Log): NodeParts | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  try {
    // Only reached in Node; the web bundle leaves src/hosts/node out (scripts/build.mjs).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const locked = require('../hosts/node/lockedFile') as typeof import('../hosts/node/lockedFile');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const user = require('../hosts/node/userName') as typeof import('../hosts/node/userName');
    const byPath = locked.lockedFiles(MAX_VERDICT_FILE_BYTES);
    const access: FileAccess<vscode.Uri> = {
      name: (file) => file.fsPath,
      read: (file) => byPath.read(file.fsPath),
      update: (file, next) => byPath.update(file.fsPath, next),
    };
    return { files: verdictFiles(access), userName: user.osUserName() };
  } catch (e) {
    log.error(`Verdict files are saved without a lock: the desktop host's file access did not load (${reason(e)})`);
    return undefined;
  }
}

/** Verdict files for this host: `file:` URIs in the desktop host through the locked node:fs save, everything else through VS Code's file system. */
export function hostSidecarFiles(log: Log): { files: SidecarFiles; userName: string | undefined } {
  const node = nodeParts(log);
  if (!node) return { files: workspaceSidecarFiles, userName: undefined };
  const pick = (file: vscode.Uri) => (file.scheme === 'file' ? node.files : workspaceSidecarFiles);
  return { files: { read: (file) => pick(file).read(file), save: (file, s) => pick(file).save(file, s) }, userName: node.userName };
}
