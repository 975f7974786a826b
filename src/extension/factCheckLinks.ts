import * as vscode from 'vscode';
import { factCheckExplorerUrl, factCheckQuery } from '../core/factCheck';
import type { AnalysisStore } from './store';


/** Search fact-checks for a claim: opens Fact Check Explorer with the claim's content as the query. */
export function registerFactCheckLinks(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand('claimLens.searchFactChecks', async (arg?: string | { claim?: { id: string } }) => {
    // From the hover: the claim's id; from the Claims view's context menu: its tree node.
    const id = typeof arg === 'string' ? arg : arg?.claim?.id;
    const editor = vscode.window.activeTextEditor;
    const entry = editor && store.get(editor.document.uri);
    if (!entry || entry.state !== 'ready') return undefined;
    const claim = entry.analysis.claims.find((c) => c.id === id)
      ?? entry.analysis.claims.find((c) => c.range.start <= editor.document.offsetAt(editor.selection.start) && editor.document.offsetAt(editor.selection.start) < c.range.end);
    if (!claim) return undefined;
    const url = factCheckExplorerUrl(factCheckQuery(claim.contentText), vscode.env.language.split('-')[0] || 'en');
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  });
}
