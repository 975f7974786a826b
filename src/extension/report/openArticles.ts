import * as vscode from 'vscode';
import type { AnalysisStore } from '../store';
import type { ArticleSource, IndexedArticle } from '../workspace/articles';

/**
 * The articles the AnalysisStore holds now (the open, analysed ones), as an
 * ArticleSource: what the report's workspace scope reads until the
 * workspace index takes its place. The claims are those the editor shows.
 */
export function openArticles(store: AnalysisStore): ArticleSource & vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  const listener = store.onDidChange(() => emitter.fire());
  return {
    articles(): IndexedArticle[] {
      return store.readyUris().flatMap((uri) => {
        const entry = store.get(uri);
        return entry?.state === 'ready' ? [{ uri, claims: entry.analysis.claims }] : [];
      });
    },
    onDidChange: emitter.event,
    dispose() {
      listener.dispose();
      emitter.dispose();
    },
  };
}
