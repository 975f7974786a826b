import * as assert from 'assert';
import * as vscode from 'vscode';
import { claimLensDiagnostics, closeAll, openArticle, SAMPLE, SEED, waitForDiagnostics } from './helpers';

suite('Claim Lens diagnostics in a real VS Code', () => {
  teardown(closeAll);

  test('the extension is active and reports its activation time', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens');
    assert.ok(ext, 'Claim Lens is loaded');
    const api = (await ext.activate()) as { activationMs: number };
    assert.ok(ext.isActive);
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs >= 0);
    // For npm run bench (desktop host only: the web host has no file system to write to).
    if (typeof process !== 'undefined' && process.versions?.node) {
      const fs = require('fs') as typeof import('fs');
      const path = require('path') as typeof import('path');
      const out = path.resolve(__dirname, '..', '..', '.test-output');
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'activation.json'), JSON.stringify({ activationMs: api.activationMs, host: 'node', vscode: vscode.version }));
    }
  });

  test('the seed article: one diagnostic per claim, in the Problems panel', async () => {
    const editor = await openArticle(SEED);
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length >= 20);
    const text = editor.document.getText();
    const at = text.indexOf('Nasser Kanani said') + 'Nasser Kanani '.length;
    const said = diags.find((d) => d.range.start.isEqual(editor.document.positionAt(at)));
    assert.ok(said, 'a diagnostic on "said" after "Nasser Kanani"');
    assert.strictEqual(editor.document.getText(said.range), 'said');
    assert.match(said.message, /^Nasser Kanani \(named person\) — said: “French officials need to/);
    assert.strictEqual(said.severity, vscode.DiagnosticSeverity.Hint);
    const experts = diags.find((d) => d.message.startsWith('Experts (vague source)'));
    assert.ok(experts, 'the vague source "Experts" is flagged');
    assert.strictEqual(experts.severity, vscode.DiagnosticSeverity.Information);
  });

  test('long articles (over 100,000 characters) are analysed in full: in slices here, and by workers (worker threads on the desktop, web workers on the web) once they are ready', async () => {
    const sample = (await openArticle(SAMPLE)).document;
    const one = await waitForDiagnostics(sample.uri, (d) => d.length >= 5);
    const copies = 60;
    const api = (await vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens')!.activate()) as { workerBlocks(): number | undefined; workersReady(): Promise<boolean> };
    for (const name of ['Varga', 'Okafor']) {
      const content = Array.from({ length: copies }, (_, i) => sample.getText().replace(new RegExp(name, 'g'), `${name}${i}`)).join('\n\n');
      assert.ok(content.length > 100_000);
      const doc = await vscode.workspace.openTextDocument({ language: 'news', content });
      await vscode.window.showTextDocument(doc);
      const all = await waitForDiagnostics(doc.uri, (d) => d.length >= one.length * copies, 60_000);
      assert.strictEqual(all.length, one.length * copies);
      assert.strictEqual(await api.workersReady(), true, 'the workers started');
    }
    assert.ok((api.workerBlocks() ?? 0) >= copies, `the workers took part of the text (${api.workerBlocks()} blocks)`);
  });

  test('edits: results follow the text, stale ones are replaced', async () => {
    const content = 'Mayor Elena Varga said the walls would hold.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    assert.strictEqual(doc.getText(), content, 'openTextDocument gave the document just made');
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length === 1);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nCritics said the walls were too low.\n'));
    const after = await waitForDiagnostics(doc.uri, (d) => d.length === 2);
    assert.ok(after.some((d) => d.message.startsWith('Critics (vague source) — said')));
    await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length))));
    await waitForDiagnostics(doc.uri, (d) => d.length === 0);
  });

  test('a new untitled document that takes a closed one\'s name gets its own claims, not the old ones', async () => {
    const first = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Critics said the walls were too low. Officials said they would hold.\n' });
    await vscode.window.showTextDocument(first);
    await waitForDiagnostics(first.uri, (d) => d.length === 2);
    await closeAll();
    const content = 'Mayor Elena Varga said the walls would hold.\n';
    const second = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    assert.strictEqual(second.getText(), content);
    await vscode.window.showTextDocument(second);
    const d = await waitForDiagnostics(second.uri, (x) => x.length === 1);
    assert.match(d[0].message, /^Elena Varga \(named person\) — said/);
  });

  test('closing the document clears its diagnostics', async () => {
    const editor = await openArticle(SAMPLE);
    const uri = editor.document.uri;
    assert.strictEqual(editor.document.languageId, 'news', '.news files open in the news language');
    await waitForDiagnostics(uri, (d) => d.length > 10);
    await closeAll();
    await waitForDiagnostics(uri, (d) => d.length === 0, 30_000);
  });

  test('languages not listed in claimLens.languages are left alone; manual mode waits for the command', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: '// Varga said the walls would hold.\n' });
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 1000));
    assert.strictEqual(claimLensDiagnostics(doc.uri).length, 0);
    const config = vscode.workspace.getConfiguration('claimLens');
    await config.update('run', 'manual', vscode.ConfigurationTarget.Global);
    try {
      const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Varga said the walls would hold.\n' });
      await vscode.window.showTextDocument(text);
      await new Promise((r) => setTimeout(r, 1000));
      assert.strictEqual(claimLensDiagnostics(text.uri).length, 0, 'nothing before the command');
      const count = await vscode.commands.executeCommand<number>('claimLens.analyzeDocument');
      assert.strictEqual(count, 1);
      await waitForDiagnostics(text.uri, (d) => d.length === 1);
    } finally {
      await config.update('run', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
