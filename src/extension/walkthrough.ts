import * as vscode from 'vscode';
import { COMMANDS, registerCommand } from './commands';
import { readExtensionFile } from './extensionFiles';
import { type Log, reasonOf } from './log';

/** The sample article the package ships (see .vscodeignore), for the walkthrough. */
export const SAMPLE_ARTICLE = ['samples', 'council-budget.news'] as const;

/**
 * Claim Lens: Open Sample Article — the walkthrough's first step
 * (contributes.walkthroughs in package.json completes it on this command). The
 * sample opens as a new unsaved News Article with the shipped sample's text,
 * so that rating its claims writes nothing into the extension's own folder.
 * Run from a page that is no text editor (the walkthrough), it opens beside
 * it, so that both stay in view.
 */
export function registerWalkthrough(extensionUri: vscode.Uri, log: Log): vscode.Disposable {
  return registerCommand(COMMANDS.openSample, async () => {
    const file = vscode.Uri.joinPath(extensionUri, ...SAMPLE_ARTICLE);
    try {
      const content = new TextDecoder().decode(await readExtensionFile(file));
      const doc = await vscode.workspace.openTextDocument({ language: 'news', content });
      const fromPage = !vscode.window.activeTextEditor && vscode.window.tabGroups.activeTabGroup.activeTab !== undefined;
      await vscode.window.showTextDocument(doc, fromPage ? vscode.ViewColumn.Beside : undefined);
      return doc.uri.toString();
    } catch (err) {
      log.error(`The sample article could not be opened from ${file.toString(true)}: ${reasonOf(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not open its sample article: see the Claim Lens log (Output panel).'));
      return undefined;
    }
  });
}
