import * as vscode from 'vscode';
import { workspaceIndexSettings } from '../config';

/** At most this many files of a folder are indexed (a folder of more is cut, with a line in the log). */
export const MAX_FILES = 20_000;

/** One exclude glob of a folder's list (VS Code's globs do not nest braces: a list with braces is asked one glob at a time). */
function excludeOf(globs: string[]): string | null {
  if (!globs.length) return null;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

/**
 * A folder's article files: `workspace.findFiles` with a RelativePattern for
 * each glob of claimLens.workspace.include, less claimLens.workspace.exclude
 * (through VS Code's file search: any file system, the web host, virtual
 * workspaces), sorted by path.
 */
export async function articleFiles(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): Promise<vscode.Uri[]> {
  const { include, exclude } = workspaceIndexSettings(folder.uri);
  const nested = exclude.some((g) => g.includes('{'));
  const found = new Map<string, vscode.Uri>();
  for (const glob of include) {
    let uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), nested ? null : excludeOf(exclude), MAX_FILES + 1);
    if (nested) {
      for (const e of exclude) {
        const out = new Set((await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), e)).map((u) => u.toString()));
        uris = uris.filter((u) => out.has(u.toString()));
      }
    }
    for (const u of uris) if (!u.path.endsWith('.claims.json')) found.set(u.toString(), u);
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (files.length > MAX_FILES) log.warn(`Workspace index: ${folder.name} has more than ${MAX_FILES.toLocaleString('en')} article files; the first ${MAX_FILES.toLocaleString('en')} by path are indexed.`);
  return files.slice(0, MAX_FILES);
}

/** What the watchers report: a file's bytes may have changed; a file may have been created; a file or folder was deleted. */
export interface ArticleEvents {
  changed(uri: vscode.Uri): void;
  created(folder: vscode.WorkspaceFolder): void;
  deleted(uri: vscode.Uri): void;
}

/**
 * Watches a folder's article files: one FileSystemWatcher per include glob
 * for files created and changed, and one for anything deleted (a deleted
 * folder may be reported as the folder alone, not as the articles in it).
 */
export function watchArticles(folder: vscode.WorkspaceFolder, on: ArticleEvents): vscode.Disposable {
  const watchers = workspaceIndexSettings(folder.uri).include.map((glob) => {
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob), false, false, true);
    w.onDidChange((uri) => on.changed(uri));
    w.onDidCreate(() => on.created(folder));
    return w;
  });
  const deletes = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
  deletes.onDidDelete((uri) => on.deleted(uri));
  return vscode.Disposable.from(...watchers, deletes);
}
