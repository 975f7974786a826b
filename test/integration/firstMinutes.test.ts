import * as assert from 'assert';
import * as vscode from 'vscode';
import { claimLensDiagnostics, closeAll, SAMPLE, SEED, waitForDiagnostics, workspaceFile } from './helpers';

interface Step { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }

function claimLens(): vscode.Extension<unknown> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens');
  assert.ok(ext, 'Claim Lens is loaded');
  return ext;
}

/** Whether a file the extension ships can be read (over http on the web, where the extension is served). */
async function shipped(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'http' || uri.scheme === 'https') return (await fetch(uri.toString(true))).ok;
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

suite('The first minutes: word wrap, the sample, the walkthrough', () => {
  teardown(closeAll);

  test('News Articles wrap long lines by default; the sample folder wraps Markdown and plain text', () => {
    const news = vscode.workspace.getConfiguration('editor', { languageId: 'news' }).inspect<string>('wordWrap');
    assert.strictEqual(news?.defaultLanguageValue, 'on', 'configurationDefaults of Claim Lens');
    for (const languageId of ['plaintext', 'markdown']) {
      const c = vscode.workspace.getConfiguration('editor', { uri: workspaceFile(SEED), languageId });
      assert.strictEqual(c.get('wordWrap'), 'on', `${languageId} in the sample folder`);
    }
  });

  test('Open Sample Article opens the shipped sample as a new unsaved News Article, and its claims are found', async () => {
    const opened = await vscode.commands.executeCommand<string>('claimLens.openSample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && opened === editor.document.uri.toString(), 'the sample is the active editor');
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.languageId, 'news');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(SAMPLE)));
    assert.strictEqual(editor.document.getText(), original, 'the text of samples/council-budget.news');
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length >= 5);
    assert.ok(diags.some((d) => d.message.startsWith('Sources (anonymous source) — said')), claimLensDiagnostics(editor.document.uri).map((d) => d.message).join('\n'));
  });

  test('the walkthrough: every step completes on a command Claim Lens or VS Code has, and its Markdown is in the package', async () => {
    const ext = claimLens();
    const walkthroughs = (ext.packageJSON as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } }).contributes.walkthroughs;
    assert.deepStrictEqual(walkthroughs.map((w) => w.id), ['gettingStarted']);
    const steps = walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((s) => s.id), ['openSample', 'claimsView', 'hover', 'rate', 'export']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id} has completion events`);
      for (const event of step.completionEvents) {
        const command = event.match(/^onCommand:(.+)$/)?.[1];
        assert.ok(command && commands.has(command), `${step.id}: ${event}`);
      }
      // The button it shows runs a command that exists.
      for (const m of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(m[1]), `${step.id}: ${m[1]}`);
      assert.ok(step.media.markdown && (await shipped(vscode.Uri.joinPath(ext.extensionUri, step.media.markdown))), `${step.id}: ${step.media.markdown}`);
    }
    // The steps that teach a Claim Lens command complete on it.
    const teaches: Record<string, string> = { openSample: 'claimLens.openSample', claimsView: 'claimLens.showClaims', rate: 'claimLens.rateClaim', export: 'claimLens.exportClaims' };
    for (const [id, command] of Object.entries(teaches)) assert.ok(steps.find((s) => s.id === id)?.completionEvents?.includes(`onCommand:${command}`), id);
  });
});
