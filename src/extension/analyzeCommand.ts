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
    if (!entry && !isArticle(doc)) void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens does not analyse {0} documents (see claimLens.languages).', doc.languageId));
    return entry?.state === 'ready' ? entry.analysis.claims.length : undefined;
  });
}
