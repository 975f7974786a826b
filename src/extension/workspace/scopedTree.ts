import * as vscode from 'vscode';
import { WorkspaceClaimsTree, type WorkspaceNode } from './workspaceTree';

export type Scope = 'article' | 'workspace';

/**
 * The Claims view's data: the active article's tree or the workspace's
 * (WorkspaceClaimsTree), one at a time; the view's toggle (Show Claims Across
 * the Workspace / Show Claims of This Article) switches between them.
 */
export class ScopedTree<A> implements vscode.TreeDataProvider<A | WorkspaceNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<A | WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private current: Scope = 'article';
  private readonly subscriptions: vscode.Disposable[];

  constructor(readonly article: vscode.TreeDataProvider<A> & { onDidChangeTreeData: vscode.Event<unknown> }, readonly workspace: WorkspaceClaimsTree) {
    // Either tree changes as a whole (refresh): so does this one, while it shows that tree.
    this.subscriptions = [
      article.onDidChangeTreeData(() => { if (this.current === 'article') this.emitter.fire(undefined); }),
      workspace.onDidChangeTreeData(() => { if (this.current === 'workspace') this.emitter.fire(undefined); }),
    ];
  }

  get scope(): Scope {
    return this.current;
  }

  set scope(scope: Scope) {
    if (scope === this.current) return;
    this.current = scope;
    this.emitter.fire(undefined);
  }

  getChildren(node?: A | WorkspaceNode): vscode.ProviderResult<(A | WorkspaceNode)[]> {
    if (node === undefined) return this.current === 'workspace' ? this.workspace.getChildren() : this.article.getChildren();
    return WorkspaceClaimsTree.owns(node) ? this.workspace.getChildren(node) : this.article.getChildren(node as A);
  }

  getTreeItem(node: A | WorkspaceNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return WorkspaceClaimsTree.owns(node) ? this.workspace.getTreeItem(node) : this.article.getTreeItem(node as A);
  }

  getParent(node: A | WorkspaceNode): vscode.ProviderResult<A | WorkspaceNode> {
    return WorkspaceClaimsTree.owns(node) ? this.workspace.getParent(node) : this.article.getParent?.(node as A);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
