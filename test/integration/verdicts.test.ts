import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openArticle, SAMPLE, waitForDiagnostics, workspaceFile } from './helpers';

interface SnapshotNode { label: string; description: string; id?: string; icon?: string; children: SnapshotNode[] }

suite('Claim Lens verdicts', () => {
  teardown(closeAll);

  test('rating a claim (as from the Claims view or a quick fix) saves it beside the article, shows it in the tree and the hover, and exports', async () => {
    const editor = await openArticle(SAMPLE);
    const doc = editor.document;
    const diags = await waitForDiagnostics(doc.uri, (d) => d.length > 5);
    const at = doc.getText().indexOf('Varga denied') + 'Varga '.length;
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'denied'.length));
    // The quick fix is offered on the claim's diagnostic.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const rate = actions.find((a) => a.title === 'Rate this claim…');
    assert.ok(rate?.command, `quick fixes: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(diags.length > 0);
    const id = rate.command.arguments?.[0] as string;
    const saved = await vscode.commands.executeCommand<boolean>('claimLens.rateClaim', id, { rating: 'Mostly false', note: 'Minutes show two changed rows https://example.org/minutes' });
    assert.strictEqual(saved, true);
    const side = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(`${SAMPLE}.claims.json`))));
    assert.strictEqual(side.version, 1);
    assert.strictEqual(side.records.length, 1);
    assert.strictEqual(side.records[0].verdict.rating, 'Mostly false');
    assert.strictEqual(side.records[0].verdict.note, 'Minutes show two changed rows');
    assert.deepStrictEqual(side.records[0].verdict.evidence, ['https://example.org/minutes']);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const varga = roots.find((r) => r.label === 'Elena Varga')?.children.find((c) => c.id === id);
    assert.ok(varga, 'the rated claim is in the tree');
    assert.match(varga.description, /denied · Mostly false$/);
    assert.strictEqual(varga.icon, 'error');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Verdict: Mostly false\*\* — Minutes show two changed rows/);
    // Export: the ClaimReview of the rated claim, written where asked.
    await vscode.workspace.getConfiguration('claimLens').update('claimReview.organization', 'Harbourton Fact Desk', vscode.ConfigurationTarget.Global);
    try {
      await vscode.window.showTextDocument(doc);
      const target = workspaceFile('export.claimreview.json');
      const written = await vscode.commands.executeCommand<string>('claimLens.exportClaims', 'claimreview', target);
      assert.strictEqual(written, target.toString());
      const reviews = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.strictEqual(reviews.length, 1);
      assert.strictEqual(reviews[0].reviewRating.alternateName, 'Mostly false');
      assert.strictEqual(reviews[0].author.name, 'Harbourton Fact Desk');
      assert.strictEqual(reviews[0].itemReviewed.author.name, 'Elena Varga');
      const csv = workspaceFile('export.csv');
      await vscode.commands.executeCommand('claimLens.exportClaims', 'csv', csv);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)), /denied,denial,indirect,.*Mostly false,Minutes show two changed rows/);
    } finally {
      await vscode.workspace.getConfiguration('claimLens').update('claimReview.organization', undefined, vscode.ConfigurationTarget.Global);
    }
    // Filter by verdict, then edit the rated claim away: its verdict is listed as orphaned, not dropped.
    await vscode.commands.executeCommand('claimLens.filterByVerdict', ['Mostly false']);
    try {
      const only = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
      assert.deepStrictEqual(only.map((r) => [r.label, r.children.length]), [['Elena Varga', 1]]);
    } finally {
      await vscode.commands.executeCommand('claimLens.filterByVerdict', []);
    }
    const editor2 = await vscode.window.showTextDocument(doc);
    const sentence = doc.getText().indexOf('Varga denied');
    await editor2.edit((b) => b.delete(new vscode.Range(doc.positionAt(sentence), doc.positionAt(doc.getText().indexOf('.', sentence) + 1))));
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => doc.getText(x.range) === 'denied'));
    let orphans: SnapshotNode | undefined;
    for (let i = 0; i < 50 && !orphans; i++) {
      orphans = (await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot')).find((r) => r.label === 'Verdicts whose claim is gone');
      if (!orphans) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(orphans, 'the orphaned verdict is listed');
    assert.match(orphans.children[0].description, /^Elena Varga · Mostly false$/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Clean up so the other suites see an unrated sample.
    await vscode.workspace.fs.delete(workspaceFile(`${SAMPLE}.claims.json`));
  });
});
