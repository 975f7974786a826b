import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/main';
import type { IndexRun } from '../../src/extension/workspace/indexFeature';
import { closeAll, hoverText, type SnapshotNode, waitForDiagnostics, workspaceFile } from './helpers';

/** Invented articles: one quote of Elena Varga's runs in two of them; she is quoted in all three, Ruth Okafor in two. */
const ARTICLES: Record<string, string> = {
  'a.news': 'Harbour council approves flood walls\n\nMayor Elena Varga said on Monday that the walls would protect every family in the lower town.\n\n"We will build the new flood walls before the winter storms reach the lower town, and every family there will be safe," Varga said.\n\nCritics said the plan was rushed.\n',
  'b.news': 'Flood walls for the lower town\n\n"We will build the new flood walls before the winter storms reach the lower town, and every family there will be safe," Mayor Elena Varga told reporters.\n\nRuth Okafor, the council\'s treasurer, said the budget had doubled since 2021.\n',
  'c.txt': 'Budget row at the harbour\n\nTreasurer Ruth Okafor said the council had not seen the revised figures.\n\nElena Varga said the audit would be published in March.\n',
};
const FOLDER = 'ws-index';
const encode = (s: string) => new TextEncoder().encode(s);
const file = (name: string) => workspaceFile(`${FOLDER}/${name}`);

async function claimLensApi(): Promise<ClaimLensApi> {
  return (await vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens')!.activate()) as ClaimLensApi;
}

async function until<T>(what: string, get: () => T | Thenable<T>, ok: (v: T) => boolean, ms = 20_000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: never came; last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

const workspaceSnapshot = async () => {
  await vscode.commands.executeCommand('claimLens.showWorkspaceScope');
  return vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
};

suite('Workspace index (a folder of invented articles)', () => {
  let api: ClaimLensApi;
  const config = () => vscode.workspace.getConfiguration('claimLens');

  suiteSetup(async () => {
    api = await claimLensApi();
    for (const [name, text] of Object.entries(ARTICLES)) await vscode.workspace.fs.writeFile(file(name), encode(text));
    // Only this folder's articles: the other suites' scratch files and the samples stay out of it.
    await config().update('workspace.include', [`${FOLDER}/**/*.news`, `${FOLDER}/**/*.txt`], vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await api.workspaceIndex.close();
    await vscode.commands.executeCommand('claimLens.showArticleScope');
    await config().update('workspace.include', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  test('nothing is indexed until asked; Index Workspace Articles finds every article\'s claims, and the workspace scope shows the speakers across them', async () => {
    assert.strictEqual(api.workspaceIndex.stats().files, 0, 'not by itself');
    const run = await vscode.commands.executeCommand<IndexRun>('claimLens.indexWorkspace');
    assert.strictEqual(run.cancelled, false);
    assert.deepStrictEqual([run.files, run.articles, run.claims, run.failed], [3, 3, 7, 0]);
    assert.strictEqual(run.analysed + run.fromCache, 3);
    const tree = await workspaceSnapshot();
    const varga = tree.find((n) => n.label === 'Elena Varga');
    assert.ok(varga, JSON.stringify(tree.map((n) => n.label)));
    assert.strictEqual(varga.description, '3 articles, 4 claims');
    assert.deepStrictEqual(varga.children.map((a) => a.label).sort(), [`${FOLDER}/a.news`, `${FOLDER}/b.news`, `${FOLDER}/c.txt`]);
    assert.strictEqual(tree.find((n) => n.label === 'Ruth Okafor')?.description, '2 articles, 2 claims');
    assert.strictEqual(tree.find((n) => n.label === 'Unnamed sources')?.description, '1 article, 1 claim');
    // The quote that runs in both a.news and b.news says so in the tree, with the other place under it.
    const quote = varga.children.find((a) => a.label.endsWith('a.news'))!.children.find((c) => /also in 1 other article/.test(c.description));
    assert.ok(quote, JSON.stringify(varga.children));
    assert.match(api.workspaceIndex.statusText() ?? '', /3 articles/);
  });

  test('a click opens the article at the claim (a key of the index only)', async () => {
    const tree = await workspaceSnapshot();
    const okafor = tree.find((n) => n.label === 'Ruth Okafor')!.children.find((a) => a.label.endsWith('b.news'))!.children[0];
    const opened = await vscode.commands.executeCommand<boolean>('claimLens.openIndexedClaim', `${file('b.news').toString()}#${okafor.id}`);
    assert.strictEqual(opened, true);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), file('b.news').toString());
    assert.match(editor.document.getText(editor.selection), /budget had doubled since 2021/);
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.openIndexedClaim', `${workspaceFile('council-budget.news').toString()}#${okafor.id}`), false, 'an article the index does not hold is not opened');
  });

  test('workspace symbols find a speaker by name and a claim by its words, at its cue', async () => {
    const speakers = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'varga');
    const varga = speakers.find((s) => s.name === 'Elena Varga');
    assert.ok(varga, JSON.stringify(speakers.map((s) => s.name)));
    assert.strictEqual(varga.containerName, '3 articles, 4 claims');
    const claims = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'budget doubled');
    const doubled = claims.find((s) => /budget had doubled/.test(s.name));
    assert.ok(doubled, JSON.stringify(claims.map((s) => s.name)));
    assert.strictEqual(doubled.location.uri.toString(), file('b.news').toString());
    assert.strictEqual(doubled.location.range.start.line, 4);
    assert.match(doubled.containerName, /Ruth Okafor — ws-index\/b\.news/);
  });

  test('the hover says where else a quote ran, as a link that opens it, and that it was rated differently there', async () => {
    const b = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('b.news')));
    await waitForDiagnostics(b.document.uri, (d) => d.length === 2);
    const told = b.document.positionAt(b.document.getText().indexOf('told reporters'));
    b.selection = new vscode.Selection(told, told);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('claimLens.rateClaim', undefined, { rating: 'False', note: '' }), true);
    const a = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('a.news')));
    await waitForDiagnostics(a.document.uri, (d) => d.length === 3);
    const said = a.document.positionAt(a.document.getText().indexOf('Varga said.') + 'Varga '.length);
    // The article's own scope of the Claims view says it too, with the other place under the claim.
    await vscode.commands.executeCommand('claimLens.showArticleScope');
    const view = await until('the article scope', () => vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot'), (v) => v.length > 0);
    const quoted = view.flatMap((g) => g.children).find((c) => /also in 1 other article/.test(c.description));
    assert.ok(quoted, JSON.stringify(view));
    assert.deepStrictEqual(quoted.children.map((c) => [c.label, c.description]), [[`also in: ${FOLDER}/b.news, line 3`, 'the same words']]);
    const before = await hoverText(a.document.uri, said);
    assert.match(before, /Said elsewhere/);
    assert.match(before, /also in: \[ws\\-index\\\/b\\\.news, line 3\]\(command:claimLens\.openIndexedClaim\?/);
    assert.match(before, /Rated elsewhere: False in ws\\-index\\\/b\\\.news/);
    a.selection = new vscode.Selection(said, said);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('claimLens.rateClaim', undefined, { rating: 'True', note: '' }), true);
    const after = await until('the hover after rating', () => hoverText(a.document.uri, said), (t) => /Rated differently/.test(t));
    assert.match(after, /\*\*Rated differently:\*\* True here; False in ws\\-index\\\/b\\\.news/);
    const link = /\(command:claimLens\.openIndexedClaim\?([^ )]+)/.exec(after)![1];
    await vscode.commands.executeCommand('claimLens.openIndexedClaim', ...JSON.parse(decodeURIComponent(link)));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), file('b.news').toString(), 'the link opens the other article');
    await closeAll();
  });

  test('a file name is text in the hover: no link, emphasis or command of its own', async () => {
    const hostile = file('[x](command:workbench.action.quit) *y*.news');
    await vscode.workspace.fs.writeFile(hostile, encode(ARTICLES['b.news']));
    try {
      await until('the new article', () => api.workspaceIndex.stats().files, (n) => n === 4);
      const a = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('a.news')));
      await waitForDiagnostics(a.document.uri, (d) => d.length === 3);
      const said = a.document.positionAt(a.document.getText().indexOf('Varga said.') + 'Varga '.length);
      const text = await until('the hover', () => hoverText(a.document.uri, said), (t) => /x\\\]/.test(t));
      assert.match(text, /\[ws\\-index\\\/\\\[x\\\]\\\(command\\:workbench\\\.action\\\.quit\\\) \\\*y\\\*\\\.news, line 3\]\(command:claimLens\.openIndexedClaim\?/);
      assert.doesNotMatch(text, /\]\(command:workbench/, 'the only command links are Open Claim in Its Article');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(hostile);
      await until('the article gone', () => api.workspaceIndex.stats().files, (n) => n === 3);
    }
  });

  test('a changed file is analysed again, and only it; a deleted file leaves the index', async () => {
    const before = api.workspaceIndex.stats();
    await vscode.workspace.fs.writeFile(file('c.txt'), encode(`${ARTICLES['c.txt']}\nCritics said the audit was late.\n`));
    const changed = await until('the change', () => api.workspaceIndex.stats(), (s) => s.claims === before.claims + 1);
    await api.workspaceIndex.idle();
    assert.strictEqual(api.workspaceIndex.stats().analysed, before.analysed + 1, 'one article analysed again');
    assert.strictEqual(changed.files, 3);
    await vscode.workspace.fs.delete(file('c.txt'));
    const after = await until('the deletion', () => api.workspaceIndex.stats(), (s) => s.files === 2);
    assert.strictEqual(after.claims, 5);
    const tree = await workspaceSnapshot();
    assert.strictEqual(tree.find((n) => n.label === 'Elena Varga')?.description, '2 articles, 3 claims');
    assert.strictEqual(tree.find((n) => n.label === 'Ruth Okafor')?.description, '1 article, 1 claim');
  });

  test('reopening takes every article from the cache: nothing is analysed again', async () => {
    const run = await api.workspaceIndex.reopen();
    assert.ok(run);
    assert.strictEqual(run.analysed, 0);
    assert.strictEqual(run.fromCache, 2);
    assert.strictEqual(run.claims, 5);
  });

  test('a corrupt cache is discarded, never trusted and never a crash: what it held is read or analysed again', async () => {
    const cache = api.workspaceIndex.cacheUri();
    assert.ok(cache, 'a folder is open: there is workspace storage');
    await api.workspaceIndex.idle();
    const engines = (await vscode.workspace.fs.readDirectory(cache)).filter(([name]) => name.startsWith('engine-'));
    assert.strictEqual(engines.length, 1, 'one engine version\'s entries');
    const entries = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(cache, engines[0][0]))).filter(([name]) => name.endsWith('.json'));
    assert.strictEqual(entries.length, 2, 'one entry for each article\'s bytes');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cache, 'manifest.json'), encode('{"format":1,"engine":'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cache, engines[0][0], entries[0][0]), encode('{"claims":[{"id":7}],"lines":[],"columns":[]}'));
    const run = await api.workspaceIndex.reopen();
    assert.ok(run);
    assert.deepStrictEqual([run.files, run.claims, run.failed, run.analysed, run.fromCache], [2, 5, 0, 1, 1], JSON.stringify(run));
    const again = await api.workspaceIndex.reopen();
    assert.deepStrictEqual([again?.analysed, again?.fromCache], [0, 2], 'the cache was written anew');
  });

  test('claimLens.workspace.index for the folder starts the index when Claim Lens starts or the setting is turned on, and off stops it', async () => {
    api.workspaceIndex.stop();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.workspace.fs.writeFile(file('d.news'), encode(ARTICLES['a.news'].replace(/Varga/g, 'Ortega')));
    await vscode.workspace.getConfiguration('claimLens', folder).update('workspace.index', true, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await until('the setting\'s index', () => api.workspaceIndex.stats(), (s) => s.files === 3 && !!api.workspaceIndex.statusText());
      await until('the new article', async () => (await workspaceSnapshot()).map((n) => n.label), (labels) => labels.includes('Elena Ortega'));
    } finally {
      await vscode.workspace.getConfiguration('claimLens', folder).update('workspace.index', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await until('the index stopped', () => api.workspaceIndex.statusText(), (t) => t === undefined);
    await vscode.workspace.fs.writeFile(file('e.news'), encode(ARTICLES['b.news']));
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(api.workspaceIndex.stats().files, 0, 'turned off: its articles leave the index, and a new file is not indexed');
    for (const name of ['d.news', 'e.news']) await vscode.workspace.fs.delete(file(name));
  });

  test('cancelling stops the indexing (what is done stays); indexing again goes on from the cache', async function () {
    this.timeout(120_000);
    // Forty longer articles (thirty stories each).
    const story = (i: number, j: number) => ARTICLES['a.news'].replace(/Varga/g, `Varga${i}x${j}`).replace(/lower town/g, `town ${i}x${j}`);
    const many = Array.from({ length: 40 }, (_, i) => [`many/${i}.news`, Array.from({ length: 30 }, (_, j) => story(i, j)).join('\n')]);
    // Not watched while they are written: the run below finds them all new.
    api.workspaceIndex.stop();
    for (const [name, text] of many) await vscode.workspace.fs.writeFile(file(name), encode(text));
    const running = vscode.commands.executeCommand<IndexRun>('claimLens.indexWorkspace');
    await until('indexing', () => api.workspaceIndex.statusText(), (t) => /indexing/.test(t ?? ''), 30_000, 5);
    api.workspaceIndex.cancel();
    const cancelled = await running;
    assert.strictEqual(cancelled.cancelled, true);
    // The files in hand when it was cancelled (a few at most) are finished; the others are left.
    assert.ok(cancelled.files >= 1 && cancelled.files < 20, `${cancelled.files} files`);
    assert.match(api.workspaceIndex.statusText() ?? '', /articles/, 'what was indexed is still shown');
    const again = await vscode.commands.executeCommand<IndexRun>('claimLens.indexWorkspace');
    assert.strictEqual(again.cancelled, false);
    assert.strictEqual(again.files, 42);
    assert.strictEqual(cancelled.analysed + again.analysed, 40, 'each new article analysed once: those done before the cancel were not analysed again');
    assert.ok(again.claims >= 5 + 40 * 60, `${again.claims} claims`);
  });
});
