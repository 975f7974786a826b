import type { Claim } from '../engine/index';
import * as vscode from 'vscode';
import { SeverityCategory, SeverityName, settings } from './config';
import { claimSeverity, diagnosticMessage } from './claimSeverity';
import type { AnalysisStore, Entry } from './store';
import { timed } from './timing';

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

/**
 * VS Code takes at most this many diagnostics per file from a collection (it
 * keeps the most severe, in document order) and drops the rest. Building the
 * rest anyway cost the extension host 200-350 ms at a time on a 1 MB article.
 */
export const MAX_PER_FILE = 1000;

/**
 * The claims that get a diagnostic, chosen as VS Code would choose: by
 * severity, then in document order; one place is left for a note of how many
 * more there are. Claims whose category is off are left out.
 */
export function chooseForProblems<T>(items: { item: T; severity: vscode.DiagnosticSeverity }[], max = MAX_PER_FILE): { chosen: typeof items; more: number } {
  if (items.length <= max) return { chosen: items, more: 0 };
  const chosen: typeof items = [];
  for (const severity of [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint]) {
    for (const x of items) {
      if (chosen.length === max - 1) break;
      if (x.severity === severity) chosen.push(x);
    }
  }
  return { chosen, more: items.length - chosen.length };
}

/** One diagnostic per claim shown (the store chose them by type) on its cue, in the Problems panel; severity per category from the settings, positions capped. */
export function registerDiagnostics(store: AnalysisStore, extensionUri: vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('claim-lens');
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'diagnostics.md');
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  // A claim object is never changed, and the store hands back the same object while the claim is unchanged.
  const messages = new WeakMap<Claim, string>();
  const messageOf = (c: Claim) => {
    let m = messages.get(c);
    if (m === undefined) messages.set(c, (m = diagnosticMessage(c)));
    return m;
  };
  const targets = new Map<string, vscode.Uri>();
  const target = (code: string) => {
    let t = targets.get(code);
    if (!t) targets.set(code, (t = docs.with({ fragment: code })));
    return t;
  };
  /** The diagnostics built and not yet handed to VS Code, per URI: a newer build or a delete replaces them. */
  const building = new Map<string, vscode.Diagnostic[]>();
  // Handing 1,000 diagnostics to VS Code costs tens of ms by itself: a task of its own, after the one that builds them.
  const publish = timed('diagnostics (hand to VS Code)', (uri: vscode.Uri, out: vscode.Diagnostic[], entry: Entry, doc: vscode.TextDocument) => {
    const key = uri.toString();
    if (building.get(key) !== out) return;
    building.delete(key);
    if (store.get(uri) === entry && !doc.isClosed && doc.version === entry.version) collection.set(uri, out);
  });
  const update = timed('diagnostics (build)', (uri: vscode.Uri) => {
    const key = uri.toString();
    building.delete(key);
    const entry = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!entry || entry.state !== 'ready' || !doc) {
      collection.delete(uri);
      return;
    }
    if (doc.version !== entry.version) return;
    const { severity, positionSeverity, hintBelowConfidence } = settings(doc);
    const rated: { item: { c: Claim; worst: SeverityCategory }; severity: vscode.DiagnosticSeverity }[] = [];
    for (const c of entry.analysis.claims) {
      const { worst, level } = claimSeverity(c, severity, positionSeverity, hintBelowConfidence);
      if (level !== 'off') rated.push({ item: { c, worst }, severity: SEVERITY[level] });
    }
    const { chosen, more } = chooseForProblems(rated);
    const out: vscode.Diagnostic[] = [];
    for (const { item: { c, worst }, severity: level } of chosen) {
      const range = new vscode.Range(doc.positionAt(c.cue[0].start), doc.positionAt(c.cue[c.cue.length - 1].end));
      const d = new vscode.Diagnostic(range, messageOf(c), level);
      d.source = 'Claim Lens';
      d.code = { value: CODE[worst], target: target(CODE[worst]) };
      const related: vscode.DiagnosticRelatedInformation[] = [];
      if (c.source) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(doc.positionAt(c.source.start), doc.positionAt(c.source.end))), vscode.l10n.t('Source: {0}', String(c.sourceText))));
      if (c.speaker?.from) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(doc.positionAt(c.speaker.from.start), doc.positionAt(c.speaker.from.end))), vscode.l10n.t('“{0}” refers to {1}', String(c.sourceText), c.speaker.name)));
      d.relatedInformation = related;
      out.push(d);
    }
    if (more > 0) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('{0} more claims are not listed here (VS Code lists {1} problems per file); the Claims view lists every claim.', more.toLocaleString('en'), MAX_PER_FILE.toLocaleString('en')), vscode.DiagnosticSeverity.Information);
      d.source = 'Claim Lens';
      d.code = { value: 'more-claims', target: target('more-claims') };
      out.push(d);
    }
    building.set(key, out);
    setTimeout(() => publish(uri, out, entry, doc), 0);
  });
  return vscode.Disposable.from(
    collection,
    // Each in a task of its own, not inside the store's change event with the other features' work.
    store.onDidChange((uri) => {
      const key = uri.toString();
      if (!pending.has(key)) pending.set(key, setTimeout(() => { pending.delete(key); update(uri); }, 0));
    }),
    { dispose: () => { pending.forEach((t) => clearTimeout(t)); building.clear(); } },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimLens.severity')) vscode.workspace.textDocuments.forEach((d) => update(d.uri));
    }),
  );
}
