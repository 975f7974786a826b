import * as vscode from 'vscode';
import type { Claim } from '../../engine/index';
import type { Elsewhere } from '../../review/corpus/elsewhere';
import type { ArticleSource, IndexedArticle } from './articles';
import type { IndexEntry, IndexStats, Speakers, WorkspaceIndex } from './workspaceIndex';

const NO_STATS: IndexStats = { files: 0, articles: 0, claims: 0, analysed: 0, fromCache: 0, skipped: 0, failed: 0 };

/**
 * The workspace index as the views see it, from the moment Claim Lens starts:
 * empty until an index is made (the models loaded, the user asked for it),
 * then that index, relaying its changes; replaced when the index is made
 * again (a reopen from the cache).
 */
export class IndexHandle implements ArticleSource, vscode.Disposable {
  private index: WorkspaceIndex | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** Whether an index is on (some folder is being indexed and watched). */
  on = false;

  get current(): WorkspaceIndex | undefined {
    return this.index;
  }

  set current(index: WorkspaceIndex | undefined) {
    this.subscription?.dispose();
    this.index = index;
    this.subscription = index?.onDidChange(() => this.emitter.fire());
    this.emitter.fire();
  }

  articles(): readonly IndexedArticle[] {
    return this.index?.articles() ?? [];
  }

  get(uri: vscode.Uri | string): IndexEntry | undefined {
    return this.index?.get(uri);
  }

  speakers(): Promise<Speakers> {
    return this.index?.speakers() ?? Promise.resolve({ articles: [], groups: [] });
  }

  elsewhere(claim: Claim, uri: vscode.Uri): (Elsewhere & { entry: IndexEntry })[] {
    return this.index?.elsewhere(claim, uri) ?? [];
  }

  stats(): IndexStats {
    return this.index?.stats() ?? NO_STATS;
  }

  /** Files of the current batch done and in it, while indexing. */
  progress(): { done: number; total: number } | undefined {
    return this.index?.queue.busy ? this.index.queue.counts : undefined;
  }

  /** Tells the views again (the settings of what they show changed). */
  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.subscription?.dispose();
    this.index?.dispose();
    this.emitter.dispose();
  }
}
