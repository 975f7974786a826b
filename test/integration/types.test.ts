import * as assert from 'assert';
import * as vscode from 'vscode';
import { TYPED_ARTICLE } from '../support/typedArticle';
import { closeAll, hoverText, newDocument, type SnapshotNode, waitForDiagnostics } from './helpers';

/** The claims the Claims view lists (under their speakers or at the top), as their labels. */
async function listed(): Promise<string[]> {
  const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
  return roots.flatMap((r) => (r.id ? [r.label] : r.children.map((c) => c.label)));
}

/**
 * TYPED_ARTICLE has, in order, a statement and a position from "Critics" (a
 * vague source: information by default), an action (type other: "sentenced")
 * and a finding; test/unit/cli/types.test.ts checks the engine types them so.
 */
suite('Claim types in the editor', () => {
  teardown(closeAll);

  const at = (doc: vscode.TextDocument, word: string) => doc.positionAt(doc.getText().indexOf(word) + 1);
  const on = (doc: vscode.TextDocument, d: vscode.Diagnostic[], word: string) => d.find((x) => doc.getText(x.range) === word);

  test('a statement, a position and a finding get diagnostics, the action (other) none; the position is a hint and its message and hover name its type', async () => {
    const doc = await newDocument(TYPED_ARTICLE, 'plaintext');
    await vscode.window.showTextDocument(doc);
    const d = await waitForDiagnostics(doc.uri, (x) => x.length >= 3);
    assert.deepStrictEqual(d.map((x) => doc.getText(x.range)).sort(), ['believe', 'found', 'said']);
    const said = on(doc, d, 'said')!;
    const believe = on(doc, d, 'believe')!;
    assert.strictEqual(said.severity, vscode.DiagnosticSeverity.Information);
    assert.match(said.message, /^Critics \(vague source\) — said: “.*” \(statement\)$/);
    assert.strictEqual(believe.severity, vscode.DiagnosticSeverity.Hint, 'claimLens.severity.position caps the vague source\'s information');
    assert.match(believe.message, /^Critics \(vague source\) — believe: “.*” \(position\)$/);
    assert.strictEqual(typeof believe.code === 'object' ? believe.code.value : believe.code, 'vague-source', 'the code stays the source category');
    assert.match(await hoverText(doc.uri, at(doc, 'believe')), /Type: \*\*position\*\*/);
    assert.doesNotMatch(await hoverText(doc.uri, at(doc, 'sentenced')), /Type:|Alma Tove/, 'no hover on the action');
    assert.strictEqual((await listed()).length, 3, 'the Claims view lists the same three');
  });

  test('claimLens.types ["statement"] removes the position and the finding everywhere; claimLens.severity.position raises nothing above its category', async () => {
    const doc = await newDocument(TYPED_ARTICLE, 'plaintext');
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (x) => x.length >= 3);
    const config = vscode.workspace.getConfiguration('claimLens');
    await config.update('types', ['statement'], vscode.ConfigurationTarget.Global);
    try {
      const d = await waitForDiagnostics(doc.uri, (x) => x.length === 1);
      assert.strictEqual(doc.getText(d[0].range), 'said');
      assert.doesNotMatch(await hoverText(doc.uri, at(doc, 'believe')), /Type:/);
      assert.strictEqual((await listed()).length, 1);
    } finally {
      await config.update('types', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(doc.uri, (x) => x.length === 3);
    await config.update('severity.position', 'error', vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(doc.uri, (x) => on(doc, x, 'believe')?.severity === vscode.DiagnosticSeverity.Information);
    } finally {
      await config.update('severity.position', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the Claims view filter by type hides the other types, and clears', async () => {
    const doc = await newDocument(TYPED_ARTICLE, 'plaintext');
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (x) => x.length >= 3);
    const all = await listed();
    assert.strictEqual(all.length, 3);
    await vscode.commands.executeCommand('claimLens.filterByType', ['position']);
    try {
      const positions = await listed();
      assert.deepStrictEqual(positions, all.filter((l) => l.includes('timetable')));
      assert.strictEqual(positions.length, 1);
      await vscode.commands.executeCommand('claimLens.filterByType', ['statement', 'finding', 'other']);
      assert.deepStrictEqual((await listed()).sort(), all.filter((l) => !l.includes('timetable')).sort(), 'other is no type the view can show');
    } finally {
      await vscode.commands.executeCommand('claimLens.filterByType', []);
    }
    assert.deepStrictEqual(await listed(), all);
    assert.strictEqual((await waitForDiagnostics(doc.uri, (x) => x.length >= 3)).length, 3, 'the view filter leaves the diagnostics alone');
  });
});
