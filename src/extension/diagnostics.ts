import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import { SeverityCategory, SeverityName, settings } from './config';
import { excerpt, SOURCE_KIND_LABEL } from './labels';
import type { AnalysisStore } from './store';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
const CODE: Record<SeverityCategory, string> = {
  named: 'named-source', anonymous: 'anonymous-source', vague: 'vague-source', unresolvedPronoun: 'unresolved-pronoun',
  noSource: 'no-source', loaded: 'loaded-verb', denial: 'denial', accusation: 'accusation',
};

/** The categories a claim falls in: one for its source, one more for a loaded, denying or accusing cue. */
export function categories(c: Claim): SeverityCategory[] {
  const source: SeverityCategory = c.sourceKind === 'anonymous' ? 'anonymous' : c.sourceKind === 'vague' ? 'vague'
    : c.sourceKind === 'pronoun' ? 'unresolvedPronoun' : c.sourceKind === 'none' ? 'noSource' : 'named';
  const cue: SeverityCategory[] = c.cueKind === 'loaded' ? ['loaded'] : c.cueKind === 'denial' ? ['denial'] : c.cueKind === 'accusation' ? ['accusation'] : [];
  return [source, ...cue];
}

const RANK: SeverityName[] = ['off', 'hint', 'information', 'warning', 'error'];

export function diagnosticMessage(c: Claim): string {
  const who = c.speaker?.name ?? c.sourceText ?? 'No source';
  return `${who} (${SOURCE_KIND_LABEL[c.sourceKind]}) — ${c.cueText}: “${excerpt(c.contentText.replace(/^[“"]|[”"]$/g, ''))}”`;
}

/** One diagnostic per claim on its cue, in the Problems panel; severity per category from the settings. */
export function registerDiagnostics(store: AnalysisStore, extensionUri: vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('claim-lens');
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'diagnostics.md');
  const update = (uri: vscode.Uri) => {
    const entry = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!entry || entry.state !== 'ready' || !doc) {
      collection.delete(uri);
      return;
    }
    if (doc.version !== entry.version) return;
    const severity = settings(doc).severity;
    const out: vscode.Diagnostic[] = [];
    for (const c of entry.analysis.claims) {
      const cats = categories(c);
      const worst = cats.reduce((a, b) => (RANK.indexOf(severity[b]) > RANK.indexOf(severity[a]) ? b : a));
      const level = severity[worst];
      if (level === 'off') continue;
      const range = new vscode.Range(doc.positionAt(c.cue[0].start), doc.positionAt(c.cue[c.cue.length - 1].end));
      const d = new vscode.Diagnostic(range, diagnosticMessage(c), SEVERITY[level]);
      d.source = 'Claim Lens';
      d.code = { value: CODE[worst], target: docs.with({ fragment: CODE[worst] }) };
      const related: vscode.DiagnosticRelatedInformation[] = [];
      if (c.source) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(doc.positionAt(c.source.start), doc.positionAt(c.source.end))), `Source: ${c.sourceText}`));
      if (c.speaker?.from) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(doc.positionAt(c.speaker.from.start), doc.positionAt(c.speaker.from.end))), `“${c.sourceText}” refers to ${c.speaker.name}`));
      d.relatedInformation = related;
      out.push(d);
    }
    collection.set(uri, out);
  };
  return vscode.Disposable.from(
    collection,
    store.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimLens.severity')) vscode.workspace.textDocuments.forEach((d) => update(d.uri));
    }),
  );
}
