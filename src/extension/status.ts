import * as vscode from 'vscode';
import { settings } from './config';
import type { AnalysisStore } from './store';
import { timed } from './timing';

/** The language status item: "N claims · A anonymous · V vague", busy while an analysis waits, or why a document was skipped. */
export function registerStatus(store: AnalysisStore): vscode.Disposable & { shown(): { text: string; detail?: string } | undefined } {
  let item: vscode.LanguageStatusItem | undefined;
  const create = () => {
    item?.dispose();
    item = vscode.languages.createLanguageStatusItem('claimLens.status', settings().languages.map((language) => ({ language })));
    item.name = 'Claim Lens';
    item.command = { command: 'claimLens.showClaims', title: vscode.l10n.t('Show Claims') };
    update();
  };
  const update = timed('status', () => {
    if (!item) return;
    const doc = vscode.window.activeTextEditor?.document;
    const entry = doc && store.get(doc.uri);
    item.busy = !!doc && store.isPending(doc.uri);
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (!entry) {
      item.text = 'Claim Lens';
      item.detail = settings(doc).run === 'manual' ? vscode.l10n.t('run Analyze Document') : vscode.l10n.t('not analysed');
      return;
    }
    if (entry.state === 'skipped') {
      item.text = vscode.l10n.t('Claim Lens: not analysed');
      item.detail = entry.reason;
      item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    const claims = entry.analysis.claims;
    const n = (k: string) => claims.filter((c) => c.sourceKind === k).length;
    item.text = claims.length === 1 ? vscode.l10n.t('1 claim · {0} anonymous · {1} vague', n('anonymous'), n('vague')) : vscode.l10n.t('{0} claims · {1} anonymous · {2} vague', claims.length, n('anonymous'), n('vague'));
    const hidden = entry.all.length - claims.length;
    item.detail = hidden ? vscode.l10n.t('analysed in {0} ms · {1} more not shown for their type (claimLens.types)', entry.ms, hidden) : vscode.l10n.t('analysed in {0} ms', entry.ms);
  });
  create();
  return Object.assign(vscode.Disposable.from(
    { dispose: () => item?.dispose() },
    store.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('claimLens.languages')) create(); }),
  ), { shown: () => item && { text: item.text, detail: item.detail } });
}
