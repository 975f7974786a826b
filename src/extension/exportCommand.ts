import * as vscode from 'vscode';
import { EXPORT_EXTENSION, EXPORT_FORMATS, ExportFormat, exportAs, exportContext } from '../review/exports/index';
import { ratingScale as scale, reviewSettings } from './config';
import type { AnalysisStore } from './store';
import type { VerdictStore } from './verdictStore';
import { COMMANDS, registerCommand } from './commands';

const LABELS: Record<ExportFormat, string> = {
  md: 'Markdown report', csv: 'CSV (one row per claim)', json: 'JSON (claims and verdicts)', brat: 'brat standoff (.ann)', claimreview: 'ClaimReview JSON-LD (rated claims)',
};

/** The active editor's document; when no text editor is active (the walkthrough or another page in front), the one analysed article on screen. */
function articleOnScreen(store: AnalysisStore): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active) return active;
  const shown = [...new Set(vscode.window.visibleTextEditors.map((e) => e.document))].filter((d) => store.get(d.uri)?.state === 'ready');
  return shown.length === 1 ? shown[0] : undefined;
}

/** Claim Lens: Export Claims… — the active article's claims that the editor shows, with their verdicts, in the chosen format, to a file. */
export function registerExport(store: AnalysisStore, verdicts: VerdictStore): vscode.Disposable {
  return registerCommand(COMMANDS.exportClaims, async (formatArg?: ExportFormat, target?: vscode.Uri) => {
    const doc = articleOnScreen(store);
    const entry = doc && store.get(doc.uri);
    if (!doc || !entry || entry.state !== 'ready') {
      void vscode.window.showInformationMessage('Claim Lens: open an analysed article to export its claims.');
      return undefined;
    }
    const format = formatArg ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: LABELS[f], format: f })), { title: 'Export claims as' }))?.format;
    if (!format) return undefined;
    const side = await verdicts.load(doc.uri, true);
    if ('error' in side) return undefined;
    const name = doc.uri.path.split('/').pop() ?? 'article';
    // What the editor shows (the store's types and confidence), with the verdicts matched to every claim.
    const x = exportContext(name, doc.getText(), entry.all, side.records, {
      types: entry.shown.types,
      minConfidence: entry.shown.minConfidence,
      unreadable: side.unreadable,
      scale: scale(),
      organization: reviewSettings().organization,
      reviewUrl: reviewSettings().reviewUrl,
      articleUrl: doc.uri.scheme === 'http' || doc.uri.scheme === 'https' ? doc.uri.toString() : undefined,
    });
    const suggested = doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') + '.' + EXPORT_EXTENSION[format] });
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: doc.isUntitled ? undefined : suggested, title: `Export ${LABELS[format]}` }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportAs(format, x)));
    const unreadable = side.unreadable?.length ? ` ${side.unreadable.length} record${side.unreadable.length === 1 ? '' : 's'} of the verdict file could not be read: kept there, ${format === 'md' || format === 'json' ? 'listed in the export' : `not in a ${LABELS[format]} export`}.` : '';
    if (!target) void vscode.window.showInformationMessage(`Claim Lens exported ${x.claims.length} claims to ${uri.path.split('/').pop()}.${unreadable}`);
    return uri.toString();
  });
}
