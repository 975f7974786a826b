import * as vscode from 'vscode';
import { claimAt } from './claimAt';
import { COMMANDS } from './commands';
import type { AnalysisStore } from './store';

/** A quick fix on every Claim Lens diagnostic: Rate this claim… (the rate command, which asks). */
export function registerRateQuickFix(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider('*', {
      provideCodeActions(doc, range, context) {
        if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
        const entry = store.get(doc.uri);
        if (!entry || entry.state !== 'ready') return [];
        if (!context.diagnostics.some((d) => d.source === 'Claim Lens')) return [];
        const claim = claimAt(entry.analysis.claims, doc.offsetAt(range.start));
        if (!claim) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Rate this claim…'), vscode.CodeActionKind.QuickFix);
        action.command = { command: COMMANDS.rateClaim, title: vscode.l10n.t('Rate Claim…'), arguments: [claim.id] };
        action.diagnostics = context.diagnostics.filter((d) => d.source === 'Claim Lens');
        return [action];
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
