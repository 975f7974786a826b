import * as path from 'path';
import * as vscode from 'vscode';

/** The repository root (the bundle runs from out/integration/). */
export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED = path.resolve(ROOT, '..', 'shared', 'corpora', 'seed', 'iran-mek-rally-france.txt');
export const SAMPLE = path.join(ROOT, 'samples', 'council-budget.news');

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

export async function openArticle(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
