import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, newDocument, openArticle, SAMPLE, waitForDiagnostics, workspaceFile } from './helpers';

interface SnapshotNode { label: string; description: string; id?: string; icon?: string; children: SnapshotNode[] }

const TWO_CLAIMS = 'Mayor Elena Varga said the walls would hold.\n\nCritics said the walls were too low.\n';
const nodeHost = typeof process !== 'undefined' && !!process.versions?.node;
const sidecarOf = (doc: vscode.TextDocument) => doc.uri.with({ path: `${doc.uri.path}.claims.json` });
const readJson = async (uri: vscode.Uri) => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** Opens a new article with two claims, analysed; returns it and its claims' ids by speaker. */
async function twoClaims(): Promise<{ doc: vscode.TextDocument; varga: string; critics: string }> {
  const doc = await newDocument(TWO_CLAIMS, 'plaintext');
  await vscode.window.showTextDocument(doc);
  await waitForDiagnostics(doc.uri, (d) => d.length === 2);
  const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
  const id = (label: string) => {
    const found = roots.find((r) => r.label === label)?.children[0]?.id;
    assert.ok(found, `a claim by ${label} in ${JSON.stringify(roots)}`);
    return found;
  };
  return { doc, varga: id('Elena Varga'), critics: id('Critics') };
}

async function hoverText(doc: vscode.TextDocument, word: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf(word) + 1));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function withSetting<T>(key: string, value: unknown, run: () => Thenable<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('claimLens');
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await run();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

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

  test('rating a claim twice keeps the earlier verdict with who gave it, in the file and the hover', async () => {
    const { doc, varga } = await twoClaims();
    await withSetting('verdicts.author', 'Ann Example', () => vscode.commands.executeCommand('claimLens.rateClaim', varga, { rating: 'False', note: 'First look' }));
    await withSetting('verdicts.author', 'Bob Example', () => vscode.commands.executeCommand('claimLens.rateClaim', varga, { rating: 'Half true', note: 'Second look' }));
    const side = await readJson(sidecarOf(doc));
    assert.strictEqual(side.records.length, 1);
    assert.strictEqual(side.records[0].verdict.rating, 'Half true');
    assert.strictEqual(side.records[0].verdict.author, 'Bob Example');
    assert.deepStrictEqual(side.records[0].history.map((h: { rating: string; author: string; note: string }) => [h.rating, h.author, h.note]), [['False', 'Ann Example', 'First look']]);
    // The hover escapes what it takes from the verdict file: read it as rendered text, without the backslashes.
    const hover = (await hoverText(doc, 'said')).replace(/\\(.)/g, '$1');
    assert.match(hover, /Verdict: Half true\*\* — Second look/);
    assert.match(hover, /Bob Example/);
    assert.match(hover, /Earlier: False — First look \(Ann Example, \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
  });

  test('two ratings at once in one window are both saved (saves to one file wait for each other)', async () => {
    const { doc, varga, critics } = await twoClaims();
    const saved = await Promise.all([
      vscode.commands.executeCommand<boolean>('claimLens.rateClaim', varga, { rating: 'True', note: '' }),
      vscode.commands.executeCommand<boolean>('claimLens.rateClaim', critics, { rating: 'False', note: '' }),
    ]);
    assert.deepStrictEqual(saved, [true, true]);
    const side = await readJson(sidecarOf(doc));
    assert.deepStrictEqual(side.records.map((r: { verdict: { rating: string } }) => r.verdict.rating).sort(), ['False', 'True']);
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(doc.uri, '..'))).map(([n]) => n);
    assert.deepStrictEqual(names.filter((n) => /\.tmp$|\.lock$/.test(n)), [], 'no temporary file left');
  });

  test('a verdict file with malformed records: the hover and the Claims view work, the records are listed as unreadable and kept', async () => {
    const good = { id: 'vgood', claimId: 'c-none', key: { source: 'critics', cue: 'said', content: 'the walls were too low', before: '', after: '' }, verdict: { rating: 'True', updated: '2026-11-28T10:00:00.000Z' } };
    const malformed = [
      // Fits the Varga claim, with a note that is an object.
      { id: 'vnote', claimId: 'c-none', key: { source: 'mayor elena varga', cue: 'said', content: 'the walls would hold', before: '', after: '' }, verdict: { rating: 'False', updated: '2026-11-28T10:00:00.000Z', note: { text: 'x' } } },
      // An orphan whose claim as shown is empty, and evidence that is not a list.
      { id: 'vshown', claimId: 'c-none', key: { source: 'x', cue: 'y', content: 'nothing of the kind here', before: '', after: '' }, shown: {}, verdict: { rating: 'False', updated: '2026-11-28T10:00:00.000Z', evidence: 'https://example.org' } },
    ];
    const name = `malformed-${Date.now().toString(36)}.txt`;
    const article = workspaceFile(name);
    await vscode.workspace.fs.writeFile(workspaceFile(`${name}.claims.json`), new TextEncoder().encode(JSON.stringify({ version: 1, records: [...malformed, good] })));
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TWO_CLAIMS));
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length === 2);
    let orphans: SnapshotNode | undefined;
    for (let i = 0; i < 50 && !orphans; i++) {
      orphans = (await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot')).find((r) => r.label === 'Verdicts whose claim is gone');
      if (!orphans) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(orphans, 'the unreadable records are listed');
    assert.deepStrictEqual(orphans.children.map((c) => c.label), ['Unreadable verdict', 'Unreadable verdict']);
    assert.match(orphans.children[0].description, /note/);
    const hover = await hoverText(doc, 'Varga');
    assert.match(hover, /Elena Varga/, 'the claim still has its card');
    assert.doesNotMatch(hover, /Verdict:/, 'an unreadable record is no verdict');
    const critics = await hoverText(doc, 'Critics');
    assert.match(critics, /Verdict: True/, 'the good record still counts');
    // A save keeps them, verbatim.
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const varga = roots.find((r) => r.label === 'Elena Varga')?.children[0]?.id;
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.rateClaim', varga, { rating: 'Misleading', note: '' }), true);
    const side = await readJson(workspaceFile(`${name}.claims.json`));
    for (const m of malformed) assert.ok(side.records.some((r: unknown) => JSON.stringify(r) === JSON.stringify(m)), `kept: ${m.id}`);
    assert.strictEqual(side.records.length, 4);
  });

  // The web host has no file modes to keep.
  if (nodeHost) test('a verdict file of mode 0600 stays 0600 after a rating (desktop host)', async () => {
    const fs = require('fs') as typeof import('fs');
    const { doc, varga } = await twoClaims();
    fs.writeFileSync(sidecarOf(doc).fsPath, JSON.stringify({ version: 1, records: [] }), { mode: 0o600 });
    fs.chmodSync(sidecarOf(doc).fsPath, 0o600);
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.rateClaim', varga, { rating: 'True', note: '' }), true);
    assert.strictEqual(fs.statSync(sidecarOf(doc).fsPath).mode & 0o777, 0o600);
    assert.strictEqual((await readJson(sidecarOf(doc))).records.length, 1);
  });

  test('claimLens.verdicts.location = workspaceStorage in the user\'s settings: verdicts are kept out of the article\'s folder (a workspace\'s own value is ignored)', async () => {
    const config = vscode.workspace.getConfiguration('claimLens');
    await config.update('verdicts.location', 'workspaceStorage', vscode.ConfigurationTarget.Global);
    // A folder's settings cannot choose where a user's notes go (the setting is application-scoped).
    await config.update('verdicts.location', 'beside', vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
    let doc: vscode.TextDocument;
    try {
      const opened = await twoClaims();
      doc = opened.doc;
      assert.strictEqual(await vscode.commands.executeCommand('claimLens.rateClaim', opened.varga, { rating: 'Unverifiable', note: 'private note' }), true);
      assert.strictEqual(await exists(sidecarOf(doc)), false, 'nothing written beside the article');
      const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
      assert.match(roots.find((r) => r.label === 'Elena Varga')?.children[0]?.description ?? '', /Unverifiable$/);
      assert.match(await hoverText(doc, 'said'), /private note/);
      // Read afresh from where it was saved (an export reads the verdicts again).
      const target = vscode.Uri.joinPath(doc.uri, '..', `${doc.uri.path.split('/').pop()}.export.json`);
      await vscode.commands.executeCommand('claimLens.exportClaims', 'json', target);
      const exported = await readJson(target);
      assert.deepStrictEqual(exported.claims.filter((c: { verdict: unknown }) => c.verdict).map((c: { verdict: { note: string } }) => c.verdict.note), ['private note']);
    } finally {
      await config.update('verdicts.location', undefined, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
      await config.update('verdicts.location', undefined, vscode.ConfigurationTarget.Global);
    }
    // Back to beside: the verdict saved in storage is still read (an export reads afresh), and nothing is written beside the article.
    await vscode.window.showTextDocument(doc);
    const again = vscode.Uri.joinPath(doc.uri, '..', `${doc.uri.path.split('/').pop()}.export2.json`);
    await vscode.commands.executeCommand('claimLens.exportClaims', 'json', again);
    assert.deepStrictEqual((await readJson(again)).claims.filter((c: { verdict: unknown }) => c.verdict).map((c: { verdict: { rating: string } }) => c.verdict.rating), ['Unverifiable']);
    assert.strictEqual(await exists(sidecarOf(doc)), false);
  });
});
