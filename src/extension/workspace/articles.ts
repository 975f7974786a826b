import type * as vscode from 'vscode';
import type { Claim } from '../../engine/index';

/** The articles known across the workspace (the workspace index), for views that read them all. */
export interface IndexedArticle {
  readonly uri: vscode.Uri;
  readonly claims: readonly Claim[];
}

export interface ArticleSource {
  articles(): readonly IndexedArticle[];
  readonly onDidChange: vscode.Event<void>;
}
