import * as vscode from 'vscode';
import { isArticle, settings } from './config';
import type { AnalysisStore } from './store';

/** Feeds the store: analyse on open, on type or save (per claimLens.run), clear on close. */
export function registerDocumentLifecycle(store: AnalysisStore): vscode.Disposable {
  const onOpen = (doc: vscode.TextDocument) => {
    if (isArticle(doc) && settings(doc).run !== 'manual') store.analyzeNow(doc);
  };
  vscode.workspace.textDocuments.forEach(onOpen);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(onOpen),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && isArticle(e.document) && settings(e.document).run === 'onType') store.schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (isArticle(doc) && settings(doc).run === 'onSave') store.analyzeNow(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => store.clear(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimLens')) return;
      for (const doc of vscode.workspace.textDocuments) {
        if (isArticle(doc)) onOpen(doc);
        else store.clear(doc.uri);
      }
    }),
  );
}
