import * as vscode from 'vscode';
import type { ExportFormat, ReportMessage } from '../../review/report/protocol';
import { chartsCsv } from '../../review/report/csv';
import { chartsSvg } from '../../review/report/svg';

/** Each format's name and save dialog filter (getters: translated when read). */
const FORMATS: Record<ExportFormat, { name: string; filters: Record<string, string[]> }> = {
  get svg() { return { name: vscode.l10n.t('charts (SVG)'), filters: { [vscode.l10n.t('SVG image')]: ['svg'] } }; },
  get csv() { return { name: vscode.l10n.t('data (CSV)'), filters: { [vscode.l10n.t('CSV')]: ['csv'] } }; },
};

/** The report's charts (SVG) or their data (CSV), written to the file the user names in the save dialog (or `target`, from a test); nothing else is written. */
export async function exportReport(report: ReportMessage, format: ExportFormat, near: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = near && near.scheme !== 'untitled' ? vscode.Uri.joinPath(near, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, `attribution-report.${format}`),
    filters: FORMATS[format].filters,
    title: vscode.l10n.t('Export the report\'s {0}', FORMATS[format].name),
  });
  if (!uri) return undefined;
  const text = format === 'svg' ? chartsSvg(report.heading, report.charts) : chartsCsv(report.heading, report.charts);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not write {0}: {1}', uri.path.split('/').pop() ?? '', err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens exported the report\'s {0} to {1}.', FORMATS[format].name, uri.path.split('/').pop() ?? ''));
  return uri;
}
