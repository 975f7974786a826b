import * as vscode from 'vscode';
import { EXPORT_EXTENSION, EXPORT_FORMATS, ExportFormat, exportAs, exportContext } from '../review/exports/index';
import { ratingScale as scale, reviewSettings } from './config';
import type { AnalysisStore } from './store';
import type { VerdictStore } from './verdictStore';
import { COMMANDS, registerCommand } from './commands';

/** Each format's name (getters: translated when read). */
const LABELS: Record<ExportFormat, string> = {
  get md() { return vscode.l10n.t('Markdown report'); },
  get csv() { return vscode.l10n.t('CSV (one row per claim)'); },
  get json() { return vscode.l10n.t('JSON (claims and verdicts)'); },
  get brat() { return vscode.l10n.t('brat standoff (.ann)'); },
  get claimreview() { return vscode.l10n.t('ClaimReview JSON-LD (rated claims)'); },
};

/** What the export says of the verdict file's records it could not read (none: ''). */
function unreadableNote(n: number, format: ExportFormat): string {
  if (!n) return '';
  const where = format === 'md' || format === 'json' ? vscode.l10n.t('listed in the export') : vscode.l10n.t('not in a {0} export', LABELS[format]);
  return ` ${n === 1 ? vscode.l10n.t('1 record of the verdict file could not be read: kept there, {0}.', where) : vscode.l10n.t('{0} records of the verdict file could not be read: kept there, {1}.', n, where)}`;
}

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
      void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens: open an analysed article to export its claims.'));
      return undefined;
    }
    const format = formatArg ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: LABELS[f], format: f })), { title: vscode.l10n.t('Export claims as') }))?.format;
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
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: doc.isUntitled ? undefined : suggested, title: vscode.l10n.t('Export {0}', LABELS[format]) }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportAs(format, x)));
    if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens exported {0} claims to {1}.', x.claims.length, uri.path.split('/').pop() ?? '') + unreadableNote(side.unreadable?.length ?? 0, format));
    return uri.toString();
  });
}
