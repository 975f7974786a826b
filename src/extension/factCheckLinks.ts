import * as vscode from 'vscode';
import { factCheckExplorerUrl, factCheckQuery } from '../review/factCheck/query';
import { ClaimArg, claimFromArg } from './claimArg';
import type { AnalysisStore } from './store';
import { COMMANDS, registerCommand } from './commands';

/** Search fact-checks for a claim: opens Fact Check Explorer with the claim's content as the query. */
export function registerFactCheckLinks(store: AnalysisStore): vscode.Disposable {
  return registerCommand(COMMANDS.searchFactChecks, async (arg?: ClaimArg) => {
    const claim = claimFromArg(store, arg);
    if (!claim) return undefined;
    const url = factCheckExplorerUrl(factCheckQuery(claim.contentText), vscode.env.language.split('-')[0] || 'en');
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return url;
  });
}
