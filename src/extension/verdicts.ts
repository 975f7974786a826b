import * as vscode from 'vscode';
import { DEFAULT_SCALE } from '../review/verdicts/index';
import { claimAt } from './claimAt';
import { claimFromArg } from './claimArg';
import { excerpt } from './labels';
import type { AnalysisStore } from './store';
import { VerdictStore } from './verdictStore';
import { reviewSettings, userSettings } from './config';
import { COMMANDS, registerCommand } from './commands';

export function scale(): string[] {
  return reviewSettings().scale ?? [...DEFAULT_SCALE];
}

/** Who gives verdicts here: claimLens.verdicts.author, else the login name (desktop host), else nobody named. */
function author(verdicts: VerdictStore): string | undefined {
  const set = userSettings().author;
  return (typeof set === 'string' && set.trim().slice(0, 200)) || verdicts.defaultAuthor;
}

interface RateArgs { id?: string; claim?: { id: string }; rating?: string; note?: string; evidence?: string[] }

/** Why arguments given to the rate command (by the API or a test) cannot make a verdict, if they cannot. */
function wrongRateArgs(a: RateArgs): string | undefined {
  const text = (v: unknown) => typeof v === 'string' && v.length <= 10_000;
  if (a.rating !== undefined && !(text(a.rating) && a.rating.trim())) return 'the rating is not a text';
  if (a.note !== undefined && !text(a.note)) return 'the note is not a text';
  if (a.evidence !== undefined && !(Array.isArray(a.evidence) && a.evidence.every(text))) return 'the evidence is not a list of links';
  return undefined;
}

/**
 * Rate Claim… from the hover, the Claims view's context menu or a quick fix:
 * a rating from the scale, a note and evidence links, saved to the article's
 * verdict file. Arguments skip the questions (for automation and tests).
 */
export function registerVerdicts(store: AnalysisStore, verdicts: VerdictStore): vscode.Disposable {
  const refresh = (uri: vscode.Uri) => {
    const entry = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!entry) return verdicts.forget(uri);
    if (entry.state === 'ready' && doc && doc.version === entry.version) void verdicts.refresh(uri, doc.getText(), entry.analysis.claims);
  };
  return vscode.Disposable.from(
    store.onDidChange(refresh),
    registerCommand(COMMANDS.rateClaim, async (arg?: string | RateArgs, extra?: RateArgs) => {
      const args = { ...(typeof arg === 'object' ? arg : {}), ...(extra ?? {}) };
      const wrong = wrongRateArgs(args);
      if (wrong) {
        void vscode.window.showErrorMessage(`Claim Lens did not rate the claim: ${wrong}.`);
        return false;
      }
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      const claim = claimFromArg(store, arg);
      const entry = store.get(doc.uri);
      if (!claim || !entry || entry.state !== 'ready') {
        void vscode.window.showInformationMessage('Claim Lens: put the cursor on a claim to rate it.');
        return false;
      }
      const current = verdicts.view(doc.uri)?.byClaim.get(claim.id)?.verdict;
      const rating = args.rating ?? (await vscode.window.showQuickPick(scale().map((label) => ({ label, picked: label === current?.rating, description: label === current?.rating ? 'current' : undefined })), {
        title: `Rate: ${excerpt(claim.contentText, 60)}`, placeHolder: 'Verdict',
      }))?.label;
      if (!rating) return false;
      const note = args.note ?? (await vscode.window.showInputBox({ title: 'Note (optional)', value: current?.note ?? '', prompt: 'Why this verdict; evidence links may follow, separated by spaces, starting with http' }));
      if (note === undefined) return false;
      const links = (note.match(/https?:\/\/\S+/g) ?? []);
      const evidence = args.evidence ?? (links.length ? links : current?.evidence);
      const text = note.replace(/https?:\/\/\S+/g, '').trim();
      const who = author(verdicts);
      return verdicts.rate(doc.uri, doc.getText(), entry.analysis.claims, claim, {
        rating, ...(text ? { note: text } : {}), ...(evidence?.length ? { evidence } : {}), updated: new Date().toISOString(), ...(who ? { author: who } : {}),
      });
    }),
    // The hover's Rate… link: a claim id and nothing else, so a link can never skip the questions.
    registerCommand(COMMANDS.rateClaimInteractive, (id: unknown) => (typeof id === 'string' ? vscode.commands.executeCommand('claimLens.rateClaim', id) : false)),
    vscode.languages.registerCodeActionsProvider('*', {
      provideCodeActions(doc, range, context) {
        if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
        const entry = store.get(doc.uri);
        if (!entry || entry.state !== 'ready') return [];
        if (!context.diagnostics.some((d) => d.source === 'Claim Lens')) return [];
        const claim = claimAt(entry.analysis.claims, doc.offsetAt(range.start));
        if (!claim) return [];
        const action = new vscode.CodeAction('Rate this claim…', vscode.CodeActionKind.QuickFix);
        action.command = { command: 'claimLens.rateClaim', title: 'Rate Claim…', arguments: [claim.id] };
        action.diagnostics = context.diagnostics.filter((d) => d.source === 'Claim Lens');
        return [action];
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}
