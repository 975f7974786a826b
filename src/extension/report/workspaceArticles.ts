import * as vscode from 'vscode';
import type { ArticleSource, IndexedArticle } from '../workspace/articles';

/**
 * What the report's workspace scope reads: the workspace index's articles
 * while it holds any (the user indexed the folder), else the open articles.
 * Either changing tells the report.
 */
export function workspaceArticles(index: ArticleSource, open: ArticleSource): ArticleSource & vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  const subscriptions = [index.onDidChange(() => emitter.fire()), open.onDidChange(() => emitter.fire())];
  return {
    articles(): readonly IndexedArticle[] {
      const indexed = index.articles();
      return indexed.length ? indexed : open.articles();
    },
    onDidChange: emitter.event,
    dispose: () => {
      for (const s of subscriptions) s.dispose();
      emitter.dispose();
    },
  };
}
