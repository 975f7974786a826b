import * as vscode from 'vscode';
import type { ClaimsTree } from './claimsTree';

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
export function snapshot(tree: ClaimsTree) {
  return tree.getChildren().map((n) => {
    const item = tree.getTreeItem(n);
    return { label: String(item.label), description: String(item.description ?? ''), children: tree.getChildren(n).map((c) => {
      const ci = tree.getTreeItem(c);
      return {
        label: String(ci.label), description: String(ci.description ?? ''), id: c.type === 'claim' ? c.claim.id : c.type === 'orphan' ? c.record.id : undefined,
        icon: ci.iconPath instanceof vscode.ThemeIcon ? ci.iconPath.id : undefined, tooltip: tooltipOf(ci),
        children: tree.getChildren(c).map((g) => {
          const gi = tree.getTreeItem(g);
          return { label: String(gi.label), description: String(gi.description ?? ''), tooltip: tooltipOf(gi) };
        }),
      };
    }), id: n.type === 'claim' ? n.claim.id : undefined };
  });
}
