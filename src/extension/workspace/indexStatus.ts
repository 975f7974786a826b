import * as vscode from 'vscode';
import { articlesCount, claimsCount, filesCount } from '../counts';
import { timed } from '../timing';
import type { IndexHandle } from './indexHandle';


/**
 * The workspace index's quiet status: a status bar item while an index is on
 * ("indexing 120/924", then "924 articles"), which opens the Claims view's
 * workspace scope; hidden while no folder is indexed. The first indexing of a
 * workspace (no cache yet) shows a cancellable progress notification instead
 * (progressNotification).
 */
export function registerIndexStatus(handle: IndexHandle): vscode.Disposable & { update(stopped?: string): void; shown(): string | undefined } {
  // Updated by the index's changes, and during a run by its caller (indexFeature.ts) every half second.
  const item = vscode.window.createStatusBarItem('claimLens.workspaceIndex', vscode.StatusBarAlignment.Left, -100);
  item.name = vscode.l10n.t('Claim Lens Workspace Index');
  item.command = { command: 'claimLens.showWorkspaceScope', title: vscode.l10n.t('Show Claims Across the Workspace') };
  let stoppedNote: string | undefined;
  let visible = false;
  const update = timed('workspace index status', (stopped?: string) => {
    if (stopped !== undefined) stoppedNote = stopped || undefined;
    const progress = handle.progress();
    const s = handle.stats();
    visible = handle.on || !!stoppedNote;
    if (!visible) return item.hide();
    if (progress) {
      item.text = `$(sync~spin) ${vscode.l10n.t('Claim Lens: indexing {0}/{1}', progress.done.toLocaleString('en'), progress.total.toLocaleString('en'))}`;
      item.tooltip = vscode.l10n.t('Claim Lens is indexing the workspace\'s articles in the background; the open editor\'s analysis goes first.');
    } else {
      item.text = `$(database) ${articlesCount(s.articles)}`;
      const skipped = s.files - s.articles;
      item.tooltip = vscode.l10n.t('Claim Lens workspace index: {0}, {1}', articlesCount(s.articles), claimsCount(s.claims))
        + (skipped ? vscode.l10n.t('; {0} not analysed (too long, or another language)', filesCount(skipped)) : '')
        + (stoppedNote ? `. ${stoppedNote}` : '') + vscode.l10n.t('. Click to show the claims across the workspace.');
    }
    item.show();
  });
  return Object.assign(vscode.Disposable.from(item, handle.onDidChange(() => update())), {
    update,
    shown: () => (visible ? item.text : undefined),
  });
}

/**
 * A cancellable progress notification over an indexing run (the first in a
 * workspace): it counts the files done and ends with the run; Cancel calls
 * `cancel`.
 */
export function progressNotification(handle: IndexHandle, run: Promise<unknown>, cancel: () => void): void {
  void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Claim Lens: indexing the workspace\'s articles'), cancellable: true }, async (progress, token) => {
    token.onCancellationRequested(cancel);
    let last = 0;
    const tick = setInterval(() => {
      const p = handle.progress();
      if (!p || !p.total) return;
      const pct = (100 * p.done) / p.total;
      progress.report({ message: vscode.l10n.t('{0} of {1} files', p.done.toLocaleString('en'), p.total.toLocaleString('en')), increment: Math.max(0, pct - last) });
      last = pct;
    }, 250);
    try {
      await run;
    } finally {
      clearInterval(tick);
    }
  });
}
