import type { Claim } from '../engine/index';
import * as vscode from 'vscode';
import { claimAt } from './claimAt';
import type { AnalysisStore } from './store';

/** How commands receive a claim: its id (hover links, quick fixes), a Claims view node, or nothing (the claim at the cursor). */
export type ClaimArg = string | { id?: string; claim?: { id: string } } | undefined;

/** The claim a command is about, in the active editor's analysis. */
export function claimFromArg(store: AnalysisStore, arg: ClaimArg): Claim | undefined {
  const editor = vscode.window.activeTextEditor;
  const entry = editor && store.get(editor.document.uri);
  if (!editor || !entry || entry.state !== 'ready') return undefined;
  const id = typeof arg === 'string' ? arg : arg?.id ?? arg?.claim?.id;
  if (id) return entry.analysis.claims.find((c) => c.id === id);
  return claimAt(entry.analysis.claims, editor.document.offsetAt(editor.selection.start));
}
