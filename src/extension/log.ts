import * as vscode from 'vscode';

/**
 * The "Claim Lens" log (Output panel; a file in VS Code's logs folder), made
 * once in main.ts and handed to the features that write to it: what failed
 * where the user is otherwise told little or nothing (models that do not
 * load, verdict files that cannot be read or saved, workers that do not
 * start, fact-check lookups). Its level is the user's, through VS Code's
 * "Developer: Set Log Level…"; no setting of Claim Lens's own.
 */
export type Log = Pick<vscode.LogOutputChannel, 'trace' | 'debug' | 'info' | 'warn' | 'error'>;

export const LOG_NAME = 'Claim Lens';

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel(LOG_NAME, { log: true });
}

/** An error as one line for the log: its message, never its stack. */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
