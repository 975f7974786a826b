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
    if (Date.now() > deadline) throw new Error(`diagnostics never matched; last ${d.length}: ${d.slice(0, 3).map((x) => x.message).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
