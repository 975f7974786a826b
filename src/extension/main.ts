import * as vscode from 'vscode';
import { registerClaimsTree } from './claimsTree';
import { registerCommands } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerDocumentLifecycle } from './lifecycle';
import { loadModels } from './models';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import { registerStatus } from './status';
import { AnalysisStore } from './store';

/** Composes the features; each registers itself and returns what to dispose. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await loadModels(context.extensionUri);
  const store = new AnalysisStore();
  context.subscriptions.push(
    store,
    registerDiagnostics(store, context.extensionUri),
    registerHover(store, '*'),
    registerClaimsTree(store),
    registerCommands(store),
    registerNavigation(store),
    registerStatus(store),
    registerSemanticTokens(store),
    registerDocumentLifecycle(store),
  );
}

export function deactivate(): void {}
