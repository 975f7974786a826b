import * as vscode from 'vscode';
import { COMMANDS, registerCommand } from '../commands';
import type { AnalysisStore } from '../store';
import type { IndexHandle } from './indexHandle';

/**
 * Open Claim in Its Article (the workspace scope's claims, "also in" links in
 * the tree and the hover): takes one key, an indexed article's URI and a
 * claim's id (workspaceTree.ts's claimKey), and opens that article with the
 * claim selected. Only articles the index holds are opened; where the article
 * is open and analysed, the claim is found in what the editor has now.
 */
export function registerOpenIndexedClaim(store: AnalysisStore, index: IndexHandle): vscode.Disposable {
  return registerCommand(COMMANDS.openIndexedClaim, async (key: unknown) => {
    if (typeof key !== 'string') return false;
    const at = key.lastIndexOf('#');
    const entry = at > 0 ? index.get(key.slice(0, at)) : undefined;
    const id = key.slice(at + 1);
    const indexed = entry?.claims.find((c) => c.id === id);
    if (!entry || !indexed) return false;
    const doc = await vscode.workspace.openTextDocument(entry.uri);
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const live = store.get(doc.uri);
    const claim = (live?.state === 'ready' && live.version === doc.version ? live.analysis.claims.find((c) => c.id === id) : undefined) ?? indexed;
    const range = new vscode.Range(doc.positionAt(claim.range.start), doc.positionAt(claim.range.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
