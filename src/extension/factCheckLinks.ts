import * as vscode from 'vscode';
import { factCheckExplorerUrl, factCheckQuery } from '../review/factCheck/query';
import { ClaimArg, claimFromArg } from './claimArg';
import type { AnalysisStore } from './store';

/** Search fact-checks for a claim: opens Fact Check Explorer with the claim's content as the query. */
export function registerFactCheckLinks(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand('claimLens.searchFactChecks', async (arg?: ClaimArg) => {
    const claim = claimFromArg(store, arg);
    if (!claim) return undefined;
    const url = factCheckExplorerUrl(factCheckQuery(claim.contentText), vscode.env.language.split('-')[0] || 'en');
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  });
}
