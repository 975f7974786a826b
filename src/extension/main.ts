import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentLifecycle } from './lifecycle';
import { AnalysisStore } from './store';

/** Composes the features; each registers itself and returns what to dispose. */
export function activate(context: vscode.ExtensionContext): void {
  const store = new AnalysisStore();
  context.subscriptions.push(
    store,
    registerDiagnostics(store),
    registerCommands(store),
    registerDocumentLifecycle(store),
  );
}

export function deactivate(): void {}
