import * as vscode from 'vscode';
import { isArticle, settings } from './config';
import type { AnalysisStore } from './store';

/** URIs shown in any editor tab. */
function urisInTabs(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) uris.add(input.uri.toString());
      else if (input instanceof vscode.TabInputTextDiff) uris.add(input.modified.toString());
    }
  }
  return uris;
}

/**
 * Feeds the store: analyse on open, on type or save (per claimLens.run);
 * clear when the document closes or its last tab does (VS Code keeps closed
 * documents in memory for a while, and their claims should not linger).
 */
export function registerDocumentLifecycle(store: AnalysisStore): vscode.Disposable {
  const onOpen = (doc: vscode.TextDocument) => {
    if (isArticle(doc) && settings(doc).run !== 'manual' && !store.get(doc.uri) && !store.isPending(doc.uri)) void store.analyzeNow(doc);
  };
  vscode.workspace.textDocuments.forEach(onOpen);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(onOpen),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && isArticle(e.document) && settings(e.document).run === 'onType') store.schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (isArticle(doc) && settings(doc).run === 'onSave') void store.analyzeNow(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => store.clear(doc.uri)),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (e.closed.length === 0) return;
      const open = urisInTabs();
      for (const doc of vscode.workspace.textDocuments) if (!open.has(doc.uri.toString())) store.clear(doc.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => onOpen(e.document))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Only the settings that decide what is analysed start over; severities, verdicts and exports do not.
      const analysis = ['claimLens.enable', 'claimLens.languages', 'claimLens.language', 'claimLens.run', 'claimLens.maxFileSize'];
      if (!analysis.some((k) => e.affectsConfiguration(k))) return;
      for (const doc of vscode.workspace.textDocuments) {
        store.clear(doc.uri);
        onOpen(doc);
      }
    }),
  );
}
