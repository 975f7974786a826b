import * as vscode from 'vscode';
import type { CommandId } from './contract';

export { COMMANDS, type CommandId } from './contract';

/**
 * Features register their commands through this, with an id from the one
 * table of commands (contract.ts). Adding a command: a row in that table,
 * its entry in package.json (title, category, where it shows), and its
 * registration in the feature it belongs to (docs/architecture.md).
 */
// Commands take what their callers pass (ids, tree items, test arguments); each handler checks it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerCommand(id: CommandId, handler: (...args: any[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler);
}
