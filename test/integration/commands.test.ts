import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/extension/contract';
import { claimLensDiagnostics, closeAll, newDocument, openArticle, SEED, waitForDiagnostics } from './helpers';

suite('Claim Lens settings, highlighting and commands', () => {
  teardown(closeAll);

  test('the running extension has registered exactly the commands of its table (and package.json)', async () => {
    await openArticle(SEED);
    // VS Code makes claimLens.claims.focus and the like for the view itself.
    const registered = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('claimLens.') && !c.startsWith('claimLens.claims.')).sort();
    assert.deepStrictEqual(registered, [...Object.values(COMMANDS)].sort());
  });

  test('severity per category: anonymous as warning, vague off; pronouns point at their antecedent', async () => {
    const config = vscode.workspace.getConfiguration('claimLens');
    const editor = await openArticle(SEED);
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, (d) => d.length >= 20);
    const he = before.find((d) => d.message.startsWith('Nasser Kanani') && editor.document.getText(d.range) === 'said' && d.relatedInformation?.some((r) => r.message.includes('refers to')));
    assert.ok(he, 'the claim made by "he" carries related information');
    const antecedent = he.relatedInformation?.find((r) => r.message.includes('refers to'));
    assert.strictEqual(editor.document.getText(antecedent?.location.range), 'Iranian foreign ministry spokesman Nasser Kanani');
    assert.strictEqual(typeof he.code === 'object' ? he.code.value : he.code, 'named-source');
    await config.update('severity.vague', 'off', vscode.ConfigurationTarget.Global);
    await config.update('severity.named', 'warning', vscode.ConfigurationTarget.Global);
    try {
      const after = await waitForDiagnostics(uri, (d) => !d.some((x) => x.message.startsWith('Experts')) && d.some((x) => x.severity === vscode.DiagnosticSeverity.Warning));
      assert.ok(after.length < before.length);
      assert.strictEqual(after.find((d) => d.message.startsWith('Edi Rama'))?.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await config.update('severity.vague', undefined, vscode.ConfigurationTarget.Global);
      await config.update('severity.named', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('semantic tokens mark sources, cues and contents, on the right lines with either line end', async () => {
    for (const eol of ['\n', '\r\n']) {
      const content = ['Mayor Elena Varga said the plan would work.', '', 'Critics said it would not.', ''].join(eol);
      const doc = await newDocument(content, 'plaintext');
      await vscode.window.showTextDocument(doc);
      await waitForDiagnostics(doc.uri, (d) => d.length === 2);
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
      assert.ok(tokens && legend);
      const found: string[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
        const text = doc.getText(new vscode.Range(line, char, line, char + tokens.data[i + 2]));
        found.push(`${line}:${legend.tokenTypes[tokens.data[i + 3]]}:${text}`);
      }
      assert.deepStrictEqual(found, ['0:claimSource:Mayor Elena Varga', '0:claimCue:said', '0:claimContent:the plan would work',
        '2:claimSource:Critics', '2:claimCue:said', '2:claimContent:it would not'], JSON.stringify(eol));
      await closeAll();
    }
  });

  test('Next / Previous Claim move between cues; Copy Claim copies the claim at the cursor; Toggle turns it off and on', async () => {
    const doc = await newDocument('Varga said the walls would hold.\n\nOkafor told reporters that the costs were hidden.\n', 'plaintext');
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length === 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.ok(await vscode.commands.executeCommand('claimLens.nextClaim'));
    assert.strictEqual(doc.getText(editor.selection), 'said');
    assert.ok(await vscode.commands.executeCommand('claimLens.nextClaim'));
    assert.strictEqual(doc.getText(editor.selection), 'told');
    assert.ok(await vscode.commands.executeCommand('claimLens.previousClaim'));
    assert.strictEqual(doc.getText(editor.selection), 'said');
    const copied = await vscode.commands.executeCommand<string>('claimLens.copyClaim');
    assert.strictEqual(copied, 'Varga (named person) said: the walls would hold');
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.toggle'), false);
    try {
      await waitForDiagnostics(doc.uri, (d) => d.length === 0);
    } finally {
      assert.strictEqual(await vscode.commands.executeCommand('claimLens.toggle'), true);
    }
    await waitForDiagnostics(doc.uri, (d) => d.length === 2);
    assert.strictEqual(claimLensDiagnostics(doc.uri).length, 2);
  });
});
