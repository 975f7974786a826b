import * as vscode from 'vscode';
import { factCheckQuery } from '../review/factCheck/query';
import { DEFAULT_API_BASE, lookUp, lookupNotice, lookupQuestion, serviceAddress } from '../review/factCheck/client';
import { ClaimArg, claimFromArg } from './claimArg';
import type { FactCheckResults } from './factCheckResults';
import type { AnalysisStore } from './store';
import { reviewSettings, userSettings } from './config';
import { COMMANDS, registerCommand } from './commands';
import type { Log } from './log';

const SECRET = 'claimLens.factCheckApiKey';

/**
 * Optional lookup through the Google Fact Check Tools API: off by default;
 * turning it on says what is sent; the key lives in SecretStorage, set by a
 * command, never in settings.
 */
export function registerFactCheckLookup(store: AnalysisStore, secrets: vscode.SecretStorage, results: FactCheckResults, log: Log): vscode.Disposable {
  // Whether anything is sent, and where: from the user's own settings only.
  const lookupOn = () => userSettings().lookup;
  const base = () => userSettings().apiBaseUrl ?? DEFAULT_API_BASE;
  return vscode.Disposable.from(
    registerCommand(COMMANDS.setFactCheckApiKey, async (key?: string) => {
      const value = key ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Google Fact Check Tools API key'), password: true, ignoreFocusOut: true, prompt: vscode.l10n.t('Stored in VS Code\'s secret storage, never in settings. Leave empty to remove it.') }));
      if (value === undefined) return false;
      if (value) await secrets.store(SECRET, value);
      else await secrets.delete(SECRET);
      return true;
    }),
    registerCommand(COMMANDS.lookUpFactChecks, async (arg?: ClaimArg) => {
      const claim = claimFromArg(store, arg);
      if (!claim) return undefined;
      if (!lookupOn()) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Looking up fact-checks sends the text of the claim to Google\'s Fact Check Tools API. Turn it on in claimLens.factCheck.lookup.'), vscode.l10n.t('Open Setting'))
          .then((choice) => { if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'claimLens.factCheck.lookup'); });
        return { error: 'lookup is off' };
      }
      const key = await secrets.get(SECRET);
      if (!key) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Claim Lens: set your API key first with "Claim Lens: Set Fact Check API Key".'));
        return { error: 'no API key' };
      }
      const r = await lookUp(base(), factCheckQuery(claim.contentText), {
        key, languageCode: reviewSettings().languageCode, pageSize: 5, timeoutMs: reviewSettings().timeoutMs,
      });
      // The endpoint and the outcome, never the key or the claim's text.
      const address = serviceAddress(base());
      const where = 'url' in address ? address.url.host : 'claimLens.factCheck.apiBaseUrl';
      if ('error' in r) log.warn(`Fact-check lookup at ${where} for claim ${claim.id} failed: ${r.error}`);
      else log.info(`Fact-check lookup at ${where} for claim ${claim.id}: ${r.matches.length} match${r.matches.length === 1 ? '' : 'es'}`);
      if ('error' in r) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Claim Lens: {0}.', r.error));
        results.set(claim.id, r);
        return r;
      }
      results.set(claim.id, r.matches);
      return r;
    }),
    // The hover's link: a claim id and nothing else, and a question before anything is sent.
    registerCommand(COMMANDS.lookUpFactChecksInteractive, async (id: unknown) => {
      if (typeof id !== 'string' || !claimFromArg(store, id)) return undefined;
      if (lookupOn()) {
        const yes = { label: vscode.l10n.t('Look Up'), detail: lookupQuestion(base()) };
        const go = await vscode.window.showQuickPick([yes, { label: vscode.l10n.t('Cancel') }], { title: vscode.l10n.t('Look up fact-checks for this claim?') });
        if (go !== yes) return undefined;
      }
      return vscode.commands.executeCommand('claimLens.lookUpFactChecks', id);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Turning the lookup on, or moving it elsewhere while it is on, says where the claim and the key go.
      const moved = e.affectsConfiguration('claimLens.factCheck.lookup') || e.affectsConfiguration('claimLens.factCheck.apiBaseUrl');
      if (moved && lookupOn()) void vscode.window.showInformationMessage(lookupNotice(base()));
    }),
  );
}
