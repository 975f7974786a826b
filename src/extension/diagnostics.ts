import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import { excerpt, SOURCE_KIND_LABEL } from './labels';
import type { AnalysisStore } from './store';

/** Hints for named sources; information for what deserves a second look. */
function severity(c: Claim): vscode.DiagnosticSeverity {
  if (c.sourceKind === 'anonymous' || c.sourceKind === 'vague' || c.sourceKind === 'pronoun' || c.sourceKind === 'none') return vscode.DiagnosticSeverity.Information;
  if (c.cueKind === 'loaded') return vscode.DiagnosticSeverity.Information;
  return vscode.DiagnosticSeverity.Hint;
}

export function diagnosticMessage(c: Claim): string {
  const who = c.speaker?.name ?? c.sourceText ?? 'No source';
  return `${who} (${SOURCE_KIND_LABEL[c.sourceKind]}) — ${c.cueText}: “${excerpt(c.contentText.replace(/^[“"]|[”"]$/g, ''))}”`;
}

/** One diagnostic per claim, on its cue, in the Problems panel. */
export function registerDiagnostics(store: AnalysisStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('claim-lens');
  const update = (uri: vscode.Uri) => {
    const entry = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!entry || entry.state !== 'ready' || !doc || doc.version !== entry.version) {
      if (!entry) collection.delete(uri);
      return;
    }
    collection.set(uri, entry.analysis.claims.map((c) => {
      const range = new vscode.Range(doc.positionAt(c.cue[0].start), doc.positionAt(c.cue[c.cue.length - 1].end));
      const d = new vscode.Diagnostic(range, diagnosticMessage(c), severity(c));
      d.source = 'Claim Lens';
      d.code = c.sourceKind;
      return d;
    }));
  };
  return vscode.Disposable.from(collection, store.onDidChange(update));
}
