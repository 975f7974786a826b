import * as vscode from 'vscode';
import { claimFromArg } from './claimArg';
import { excerpt } from './labels';
import type { AnalysisStore } from './store';
import { VerdictStore } from './verdictStore';
import { ratingScale as scale, userSettings } from './config';
import { COMMANDS, registerCommand } from './commands';

/** Who gives verdicts here: claimLens.verdicts.author, else the login name (desktop host), else nobody named. */
function author(verdicts: VerdictStore): string | undefined {
  const set = userSettings().author;
  return (typeof set === 'string' && set.trim().slice(0, 200)) || verdicts.defaultAuthor;
}

interface RateArgs { id?: string; claim?: { id: string }; rating?: string; note?: string; evidence?: string[] }

/** Why arguments given to the rate command (by the API or a test) cannot make a verdict, if they cannot. */
function wrongRateArgs(a: RateArgs): string | undefined {
  const text = (v: unknown) => typeof v === 'string' && v.length <= 10_000;
  if (a.rating !== undefined && !(text(a.rating) && a.rating.trim())) return vscode.l10n.t('the rating is not a text');
  if (a.note !== undefined && !text(a.note)) return vscode.l10n.t('the note is not a text');
  if (a.evidence !== undefined && !(Array.isArray(a.evidence) && a.evidence.every(text))) return vscode.l10n.t('the evidence is not a list of links');
  return undefined;
}

/**
 * Rate Claim… from the hover, the Claims view's context menu or a quick fix
 * (rateQuickFix.ts):
 * a rating from the scale, a note and evidence links, saved to the article's
 * verdict file. Arguments skip the questions (for automation and tests).
 */
export function registerRateCommand(store: AnalysisStore, verdicts: VerdictStore): vscode.Disposable {
  return vscode.Disposable.from(
    registerCommand(COMMANDS.rateClaim, async (arg?: string | RateArgs, extra?: RateArgs) => {
      const args = { ...(typeof arg === 'object' ? arg : {}), ...(extra ?? {}) };
      const wrong = wrongRateArgs(args);
      if (wrong) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens did not rate the claim: {0}.', wrong));
        return false;
      }
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      const claim = claimFromArg(store, arg);
      const entry = store.get(doc.uri);
      if (!claim || !entry || entry.state !== 'ready') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens: put the cursor on a claim to rate it.'));
        return false;
      }
      const current = verdicts.view(doc.uri)?.byClaim.get(claim.id)?.verdict;
      const rating = args.rating ?? (await vscode.window.showQuickPick(scale().map((label) => ({ label, picked: label === current?.rating, description: label === current?.rating ? vscode.l10n.t('current') : undefined })), {
        title: vscode.l10n.t('Rate: {0}', excerpt(claim.contentText, 60)), placeHolder: vscode.l10n.t('Verdict'),
      }))?.label;
      if (!rating) return false;
      const note = args.note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note (optional)'), value: current?.note ?? '', prompt: vscode.l10n.t('Why this verdict; evidence links may follow, separated by spaces, starting with http') }));
      if (note === undefined) return false;
      const links = (note.match(/https?:\/\/\S+/g) ?? []);
      const evidence = args.evidence ?? (links.length ? links : current?.evidence);
      const text = note.replace(/https?:\/\/\S+/g, '').trim();
      const who = author(verdicts);
      return verdicts.rate(doc.uri, doc.getText(), entry.all, claim, {
        rating, ...(text ? { note: text } : {}), ...(evidence?.length ? { evidence } : {}), updated: new Date().toISOString(), ...(who ? { author: who } : {}),
      });
    }),
    // The hover's Rate… link: a claim id and nothing else, so a link can never skip the questions.
    registerCommand(COMMANDS.rateClaimInteractive, (id: unknown) => (typeof id === 'string' ? vscode.commands.executeCommand('claimLens.rateClaim', id) : false)),
  );
}
