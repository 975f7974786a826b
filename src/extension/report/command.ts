import * as vscode from 'vscode';
import { SCOPES, type Scope } from '../../review/report/protocol';
import { COMMANDS, registerCommand } from '../commands';
import type { AnalysisStore } from '../store';
import type { VerdictStore } from '../verdictStore';
import type { ArticleSource } from '../workspace/articles';
import { ReportPanel } from './panel';

/**
 * Claim Lens: Show Attribution Report — the report's panel (panel.ts) for the
 * active article, or for the workspace when called with "workspace"; and the
 * hidden snapshot of what it last posted, for the tests.
 */
export function registerReport(extensionUri: vscode.Uri, store: AnalysisStore, verdicts: VerdictStore, source: ArticleSource): vscode.Disposable {
  let panel: ReportPanel | undefined;
  return vscode.Disposable.from(
    registerCommand(COMMANDS.showReport, (scope?: unknown) => {
      const chosen = SCOPES.includes(scope as Scope) ? (scope as Scope) : undefined;
      if (panel) panel.show(chosen);
      else {
        panel = new ReportPanel(extensionUri, { store, verdicts, source }, () => { panel = undefined; });
        panel.show(chosen);
      }
    }),
    registerCommand(COMMANDS.reportSnapshot, () => panel?.snapshot()),
    { dispose: () => panel?.dispose() },
  );
}
