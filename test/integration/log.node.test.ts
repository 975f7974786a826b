// Node extension host only: the log is a file there (in the web host it lives
// in the browser's storage, out of a test's reach).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/main';
import { workspaceFile } from './helpers';

async function claimLensApi(): Promise<ClaimLensApi> {
  return (await vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens')!.activate()) as ClaimLensApi;
}

/** Waits until the log file holds a line that `ok` accepts (the log is written in the background), or fails after `ms`. */
async function logLine(file: vscode.Uri, ok: (line: string) => boolean, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const lines = fs.existsSync(file.fsPath) ? fs.readFileSync(file.fsPath, 'utf8').split('\n') : [];
    const line = lines.find(ok);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no such line in ${file.fsPath}; its last lines:\n${lines.slice(-5).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('The Claim Lens log', () => {
  test('the shipped models loaded: the log says so, at info', async () => {
    const api = await claimLensApi();
    const line = await logLine(api.logFile, (l) => /\[info\] Models loaded from .*\/dist\/models in \d+ ms/.test(l));
    assert.match(line, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \[info\]/);
  });

  test('models that cannot be loaded (missing, or not model files) are an error line naming where and why', async () => {
    const api = await claimLensApi();
    const missing = workspaceFile(`no-models-${Date.now().toString(36)}`);
    assert.strictEqual(await api.loadModels(missing), false);
    const gone = await logLine(api.logFile, (l) => l.includes('[error]') && l.includes(`Models could not be loaded from ${missing.toString(true)}`));
    assert.doesNotMatch(gone, /\n|at .*\.js:\d+/, 'one line, no stack');

    const bogus = workspaceFile(`bogus-models-${Date.now().toString(36)}`);
    for (const name of ['cue.bin', 'role.bin']) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(bogus, name), new TextEncoder().encode('not a model'));
    assert.strictEqual(await api.loadModels(bogus), false);
    await logLine(api.logFile, (l) => l.includes('[error]') && l.includes(`Models could not be loaded from ${bogus.toString(true)}: not a Claim Lens model file`));
    await vscode.workspace.fs.delete(bogus, { recursive: true });
  });
});
