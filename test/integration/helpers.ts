import * as vscode from 'vscode';

/** The test workspace (see test/harness/workspace.mjs): the samples plus the seed article. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the test workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}
export const SEED = 'iran-mek-rally-france.txt';
export const SAMPLE = 'council-budget.news';

export function claimLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Claim Lens');
}

/** Waits until the document's Claim Lens diagnostics satisfy `ok` (as Harper's tests do), or fails after `ms`. */
export async function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, ms = 15_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const d = claimLensDiagnostics(uri);
    if (ok(d)) return d;
    if (Date.now() > deadline) throw new Error(`diagnostics on ${uri.toString()} never matched; last ${d.length}: ${d.slice(0, 3).map((x) => x.message).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A node of the Claims view, as the claimLens.claimsSnapshot command gives it. */
export interface SnapshotNode { label: string; description: string; id?: string; children: SnapshotNode[] }

/** The text of the hovers at a position, Markdown as it is. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor, reverting edited documents first (so nothing asks to save and nothing stays open behind a closed tab). */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

let made = 0;
const EXTENSION = { plaintext: 'txt', news: 'news', javascript: 'js', markdown: 'md', html: 'html' } as const;

/**
 * A new document with this text, as a file of its own in the test workspace.
 * Not an untitled document: VS Code reuses untitled names, and CI saw a new
 * "Untitled-1" open with the text of the closed one (from its backup).
 */
export async function newDocument(content: string, language: keyof typeof EXTENSION): Promise<vscode.TextDocument> {
  const uri = workspaceFile(`scratch-${Date.now().toString(36)}-${++made}.${EXTENSION[language]}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== content || doc.languageId !== language) throw new Error(`${uri.toString()} opened as ${doc.languageId} with other text`);
  return doc;
}
