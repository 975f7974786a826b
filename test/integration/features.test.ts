import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, hoverText, openArticle, SEED, type SnapshotNode, waitForDiagnostics } from './helpers';

suite('Claim Lens hover and Claims view', () => {
  teardown(closeAll);

  test('hover on "said" after "Nasser Kanani": speaker, kinds, content, other claims; nothing off a claim', async () => {
    const editor = await openArticle(SEED);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length >= 20);
    const said = doc.getText().indexOf('Nasser Kanani said') + 'Nasser Kanani '.length;
    const text = await hoverText(doc.uri, doc.positionAt(said + 1));
    assert.match(text, /\*\*Nasser Kanani\*\*/);
    assert.match(text, /named person/);
    assert.match(text, /\*said\* — neutral/);
    assert.match(text, /French officials need to/);
    assert.match(text, /2 other claims by Nasser Kanani/);
    assert.match(text, /command:claimLens\.revealClaim/);
    assert.match(text, /command:claimLens\.searchFactChecks/);
    const nowhere = doc.getText().indexOf('Kanani was referring') + 'Kanani was referring to nearly'.length;
    assert.doesNotMatch(await hoverText(doc.uri, doc.positionAt(nowhere)), /named person|anonymous|vague/);
  });

  test('the Claims view groups by speaker: Nasser Kanani with his three claims, including the one made by "he"', async () => {
    const editor = await openArticle(SEED);
    await waitForDiagnostics(editor.document.uri, (d) => d.length >= 20);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const kanani = roots.find((r) => r.label === 'Nasser Kanani');
    assert.ok(kanani, `speakers: ${roots.map((r) => r.label).join(', ')}`);
    assert.strictEqual(kanani.children.length, 3);
    assert.match(kanani.description, /named person · 3 claims/);
    assert.ok(kanani.children.some((c) => /^“?Instead, they create the grounds/.test(c.label)), 'the claim made by "he"');
  });

  test('clicking a claim selects it in the editor; filtering by kind narrows the view', async () => {
    const editor = await openArticle(SEED);
    await waitForDiagnostics(editor.document.uri, (d) => d.length >= 20);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const rama = roots.find((r) => r.label === 'Edi Rama');
    assert.ok(rama);
    const ok = await vscode.commands.executeCommand<boolean>('claimLens.selectClaim', rama.children[0].id);
    assert.strictEqual(ok, true);
    const active = vscode.window.activeTextEditor;
    assert.ok(active);
    const selected = active.document.getText(active.selection);
    assert.match(selected, /Albanian Prime Minister Edi Rama said the group cannot use the country/);
    await vscode.commands.executeCommand('claimLens.filterClaims', ['vague']);
    try {
      const vague = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
      assert.deepStrictEqual(vague.map((r) => r.label).sort(), ['Experts', 'media reports']);
    } finally {
      await vscode.commands.executeCommand('claimLens.filterClaims', []);
    }
    assert.ok(await vscode.commands.executeCommand<boolean>('claimLens.revealClaim', rama.children[0].id));
  });
});
