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
    item.command = { command: 'claimLens.showClaims', title: 'Show Claims' };
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
      item.detail = settings(doc).run === 'manual' ? 'run Analyze Document' : 'not analysed';
      return;
    }
    if (entry.state === 'skipped') {
      item.text = 'Claim Lens: not analysed';
      item.detail = entry.reason;
      item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    const claims = entry.analysis.claims;
    const n = (k: string) => claims.filter((c) => c.sourceKind === k).length;
    item.text = `${claims.length} claim${claims.length === 1 ? '' : 's'} · ${n('anonymous')} anonymous · ${n('vague')} vague`;
    const hidden = entry.all.length - claims.length;
    item.detail = `analysed in ${entry.ms} ms${hidden ? ` · ${hidden} more not shown for their type (claimLens.types)` : ''}`;
  });
  create();
  return Object.assign(vscode.Disposable.from(
    { dispose: () => item?.dispose() },
    store.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('claimLens.languages')) create(); }),
  ), { shown: () => item && { text: item.text, detail: item.detail } });
}
