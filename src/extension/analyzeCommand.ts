import * as vscode from 'vscode';
import { COMMANDS, registerCommand } from './commands';
import { isArticle } from './config';
import type { AnalysisStore } from './store';

/** Claim Lens: Analyze Document — runs now, whatever claimLens.run says. */
export function registerAnalyzeCommand(store: AnalysisStore): vscode.Disposable {
  return registerCommand(COMMANDS.analyzeDocument, async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return undefined;
    const entry = await store.analyzeNow(doc);
    if (!entry && !isArticle(doc)) void vscode.window.showInformationMessage(`Claim Lens does not analyse ${doc.languageId} documents (see claimLens.languages).`);
    return entry?.state === 'ready' ? entry.analysis.claims.length : undefined;
  });
}
