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

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/**
 * Closes every editor, reverting untitled documents first (an emptied one
 * would otherwise stay open behind its closed tab), and waits until the
 * extension host has them closed too. VS Code reuses untitled names: CI once
 * saw the next test's new "Untitled-1" carry the claims of the closed one.
 */
export async function closeAll(): Promise<void> {
  const untitled = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled' && !d.isClosed);
  for (const doc of untitled) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const deadline = Date.now() + 5_000;
  while (untitled.some((d) => !d.isClosed) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const open = untitled.filter((d) => !d.isClosed);
  if (open.length) throw new Error(`untitled documents still open 5 s after closing their editors: ${open.map((d) => d.uri.toString()).join(', ')}`);
}
