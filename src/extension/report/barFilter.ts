import * as vscode from 'vscode';
import type { BarFilter } from '../../review/report/chart';
import { UNNAMED_KINDS } from '../../review/corpus/attribution';
import { COMMANDS } from '../commands';

/**
 * A click on a report bar: the Claims view shows that bar's claims and no
 * others. Every filter of the view is cleared, the bar's own is set through
 * the view's commands (the same as its title bar's), and the view is shown.
 * An article's bar opens the article and shows its unnamed sources.
 */
export async function showInClaimsView(filter: BarFilter): Promise<void> {
  const run = (id: string, values: readonly string[]) => vscode.commands.executeCommand(id, [...values]);
  if (filter.kind === 'article') {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(filter.file, true));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  }
  await run(COMMANDS.filterClaims, []);
  await run(COMMANDS.filterByType, []);
  await run(COMMANDS.filterByVerdict, []);
  await run(COMMANDS.filterBySpeaker, []);
  if (filter.kind === 'sourceKind') await run(COMMANDS.filterClaims, filter.values);
  else if (filter.kind === 'type') await run(COMMANDS.filterByType, filter.values);
  else if (filter.kind === 'rating') await run(COMMANDS.filterByVerdict, filter.values);
  else if (filter.kind === 'speaker') await run(COMMANDS.filterBySpeaker, filter.values);
  else await run(COMMANDS.filterClaims, UNNAMED_KINDS);
  await vscode.commands.executeCommand(COMMANDS.showClaims);
}
