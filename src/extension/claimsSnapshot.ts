import * as vscode from 'vscode';

/** A tree as the snapshot reads it, and the id it reports for a node (a claim's, a verdict's), if any. */
interface Tree<N> {
  getChildren(node?: N): vscode.ProviderResult<N[]>;
  getTreeItem(node: N): vscode.TreeItem | Thenable<vscode.TreeItem>;
}

/** A tree item's tooltip as the snapshot reports it: Markdown (with its trust) or plain text. */
function tooltipOf(item: vscode.TreeItem): { markdown?: string; text?: string; trusted?: unknown } | undefined {
  const t = item.tooltip;
  if (t instanceof vscode.MarkdownString) return { markdown: t.value, trusted: t.isTrusted ?? false };
  return t === undefined ? undefined : { text: t };
}

/**
 * What the Claims view shows, as data (the claimLens.claimsSnapshot command,
 * hidden from the palette): for tests and automation.
 */
export function snapshot<N>(tree: Tree<N>, idOf: (node: N) => string | undefined) {
  // The Claims view's providers answer at once (no promises): read them as values.
  const children = (n?: N) => (tree.getChildren(n) ?? []) as N[];
  const itemOf = (n: N) => tree.getTreeItem(n) as vscode.TreeItem;
  return children().map((n) => {
    const item = itemOf(n);
    return { label: String(item.label), description: String(item.description ?? ''), children: children(n).map((c) => {
      const ci = itemOf(c);
      return {
        label: String(ci.label), description: String(ci.description ?? ''), id: idOf(c),
        icon: ci.iconPath instanceof vscode.ThemeIcon ? ci.iconPath.id : undefined, tooltip: tooltipOf(ci),
        children: children(c).map((g) => {
          const gi = itemOf(g);
          const id = idOf(g);
          return { label: String(gi.label), description: String(gi.description ?? ''), tooltip: tooltipOf(gi), ...(id ? { id } : {}) };
        }),
      };
    }), id: idOf(n) };
  });
}
