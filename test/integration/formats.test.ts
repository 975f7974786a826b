import * as assert from 'assert';
import * as vscode from 'vscode';
import { HTML, MARKDOWN } from '../support/formatArticles';
import { closeAll, hoverText, newDocument, type SnapshotNode, waitForDiagnostics } from './helpers';

/** Every label and description of the Claims view. */
async function viewTexts(): Promise<string[]> {
  const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
  const all = (n: SnapshotNode): string[] => [n.label, n.description, ...n.children.flatMap(all)];
  return roots.flatMap(all);
}

/** The cue "said" after Elena Varga's name, wherever markup puts it in the file. */
function vargaSaid(doc: vscode.TextDocument): vscode.Position {
  const text = doc.getText();
  return doc.positionAt(text.indexOf('said', text.indexOf('the mayor,')) + 1);
}

suite('Markdown and HTML articles', () => {
  teardown(closeAll);

  test('a Markdown article: squiggles on the cues inside the markup, hovers and the Claims view read the prose', async () => {
    const doc = await newDocument(MARKDOWN, 'markdown');
    await vscode.window.showTextDocument(doc);
    const d = await waitForDiagnostics(doc.uri, (x) => x.length >= 4);
    const said = vargaSaid(doc);
    assert.ok(d.some((x) => x.range.contains(said) && doc.getText(x.range) === 'said'), 'a diagnostic on the "said" after the linked name');
    assert.ok(d.some((x) => doc.getText(x.range) === 'According to'));
    for (const x of d) assert.doesNotMatch(x.message, /\]\(|\*\*|\*Okafor|^- /, x.message);
    assert.ok(!d.some((x) => /engineer|photo/.test(x.message)), 'no claim from code or an image');
    const hover = await hoverText(doc.uri, said);
    assert.match(hover, /Elena Varga/);
    assert.doesNotMatch(hover, /example\.org/);
    const view = await viewTexts();
    assert.ok(view.some((t) => /Elena Varga/.test(t)), view.join(' | '));
    assert.ok(view.every((t) => !/\]\(|\*\*/.test(t)), view.join(' | '));
  });

  test('an HTML page once html is in claimLens.languages: squiggles on the cue inside the tags, hovers and the Claims view read the prose', async () => {
    const config = vscode.workspace.getConfiguration('claimLens');
    await config.update('languages', ['plaintext', 'markdown', 'news', 'html'], vscode.ConfigurationTarget.Global);
    try {
      const doc = await newDocument(HTML, 'html');
      await vscode.window.showTextDocument(doc);
      const d = await waitForDiagnostics(doc.uri, (x) => x.length >= 4);
      const said = vargaSaid(doc);
      assert.ok(d.some((x) => x.range.contains(said) && doc.getText(x.range) === 'said'), 'a diagnostic on the "said" after the linked name');
      for (const x of d) assert.doesNotMatch(x.message, /<|&quot;|&#39;/, x.message);
      assert.ok(!d.some((x) => /editor|publisher|minister|owner|spokesman|reopen/.test(x.message)), 'nothing from navigation, scripts, captions, asides or footers');
      const hover = await hoverText(doc.uri, said);
      assert.match(hover, /Elena Varga/);
      assert.doesNotMatch(hover, /href|<a /);
      const view = await viewTexts();
      assert.ok(view.some((t) => /Okafor/.test(t)), view.join(' | '));
    } finally {
      await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('html is not analysed by default', async () => {
    const doc = await newDocument(HTML, 'html');
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Claim Lens').length, 0);
  });
});
