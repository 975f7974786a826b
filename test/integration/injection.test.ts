// Hostile text in an article, its verdict file and the user's search links,
// through the real hover and the Claims view's tooltips (both hosts), checked
// by the same renderer check as the unit tests.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { markdownText } from '../../src/review/markdownText';
import { HOVER_COMMANDS } from '../../src/extension/claimMarkdown';
import { GOOD_LINK, HOSTILE } from '../support/hostileStrings';
import { problems } from '../support/renderedMarkdown';
import { closeAll, waitForDiagnostics, workspaceFile } from './helpers';

interface Tooltip { markdown?: string; text?: string; trusted?: unknown }
interface SnapshotNode { label: string; description: string; id?: string; tooltip?: Tooltip; children: SnapshotNode[] }

const RATE_ARGS = encodeURIComponent(JSON.stringify([{ id: 'c0', rating: 'True' }]));
const ARTICLE = `Council budget, annotated

“The ![t](https://evil.example/pixel.png) walls <img src="https://evil.example/p.png"> will hold, see https://evil.example/bare and www.evil.example,” said Elena Varga.

Tomas [Brandt](command:claimLens.rateClaim?${RATE_ARGS}) said the ~~plan~~ will cost $(zap) 38 million dollars &lt;b&gt; <script>alert(1)</script>.

According to <a href="https://evil.example/raw">the report</a>, [x](javascript:alert(1)) mail@evil.com lost 1,200 homes.
`;
const TRICKY_LINK = 'https://ok.example&commat;evil.example/';
const TEMPLATES = [
  { name: HOSTILE[0], url: 'https://desk.example/search?q={query}' },
  { name: 'Paren', url: `https://desk.example/s?q={query})[Rate](command:claimLens.rateClaim?${RATE_ARGS})` },
  { name: 'Script', url: 'javascript:alert({query})' },
];
/** An orphaned verdict (its claim is not in the article) whose every field is hostile. */
const ORPHAN = {
  id: 'vhostile', claimId: 'c0', key: { source: HOSTILE[2], cue: HOSTILE[3], content: HOSTILE[0], before: '', after: '' },
  shown: { source: HOSTILE[2], cue: HOSTILE[3], content: HOSTILE[0] },
  verdict: { rating: `${HOSTILE[10]}`, note: HOSTILE[1], evidence: [HOSTILE[0], GOOD_LINK], updated: '2026-11-28T10:00:00.000Z' },
};

const commandLinks = (id: string) => HOVER_COMMANDS.map((cmd) => `command:${cmd}?${encodeURIComponent(JSON.stringify([id]))}`);

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c && c.value.includes('claimLens.revealClaim')));
}

suite('Claim Lens: hostile text in hovers and tooltips', () => {
  const article = workspaceFile('hostile.news');
  const sidecar = workspaceFile('hostile.news.claims.json');
  const encode = (s: string) => new TextEncoder().encode(s);
  suiteSetup(async () => {
    await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
    await vscode.workspace.fs.writeFile(sidecar, encode(JSON.stringify({ version: 1, records: [ORPHAN] })));
    await vscode.workspace.getConfiguration('claimLens.factCheck').update('searchUrlTemplates', TEMPLATES, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('claimLens.factCheck').update('searchUrlTemplates', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
    for (const f of [article, sidecar]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
  });

  test('hovers and tooltips link only to their own commands (id only, Rate… never the rating form), good evidence and the search templates, and load nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length >= 3);
    let roots: SnapshotNode[] = [];
    for (let i = 0; i < 50 && !roots.some((r) => r.label === 'Verdicts whose claim is gone'); i++) {
      roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
      await new Promise((r) => setTimeout(r, 100));
    }
    const text = doc.getText();
    const idIn = (md: vscode.MarkdownString | undefined) => JSON.parse(decodeURIComponent(md?.value.match(/command:claimLens\.revealClaim\?([^ )]+)/)?.[1] ?? '[]'))[0] as string;
    // The first claim rated with hostile fields through the programmatic form (the API's, not a link's).
    const first = idIn((await hoverAt(doc, text.indexOf('said Elena') + 1))[0]);
    assert.ok(first, 'a hover on the first claim');
    assert.ok(await vscode.commands.executeCommand<boolean>('claimLens.rateClaim', first, { rating: `${HOSTILE[2]}\n===`, note: HOSTILE[0], evidence: [HOSTILE[0], GOOD_LINK, TRICKY_LINK] }));
    const allowedFor = (id: string) => [...commandLinks(id), GOOD_LINK, TRICKY_LINK, /^https:\/\/desk\.example\/s(earch)?\?q=/];
    let hovered = 0;
    for (const cue of ['said Elena', 'said the', 'According to']) {
      const [md] = await hoverAt(doc, text.indexOf(cue) + 1);
      assert.ok(md, `a hover on "${cue}"`);
      assert.deepStrictEqual(problems(md.value, allowedFor(idIn(md))), [], md.value);
      const trusted = md.isTrusted;
      assert.ok(typeof trusted === 'object' && !trusted.enabledCommands.includes('claimLens.rateClaim'), JSON.stringify(trusted));
      assert.strictEqual(md.supportHtml ?? false, false);
      hovered++;
    }
    assert.strictEqual(hovered, 3);
    const rated = (await hoverAt(doc, text.indexOf('said Elena') + 1))[0]?.value ?? '';
    assert.ok(rated.includes('](https://ok.example/evidence?a=1\\&b=2)'), `the good evidence link is a link:\n${rated}`);
    roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const items = roots.flatMap((r) => r.children);
    assert.ok(items.some((c) => c.id === ORPHAN.id), 'the orphaned verdict is listed');
    for (const item of items) {
      assert.ok(item.tooltip?.markdown, `${item.label} has a Markdown tooltip`);
      assert.deepStrictEqual(problems(item.tooltip.markdown), [], item.tooltip.markdown);
      assert.strictEqual(item.tooltip.trusted, false);
    }
  });

  test('the hover\'s Rate… command takes an id only and always asks: a rating in its arguments is never saved', async () => {
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length >= 3);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const id = roots.flatMap((r) => r.children).find((c) => c.id && c.id !== ORPHAN.id)!.id!;
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.rateClaimInteractive', { id, rating: 'True' }), false);
    const asked = vscode.commands.executeCommand('claimLens.rateClaimInteractive', id, { rating: 'True', note: 'skipped' });
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await asked, false, 'the quick pick was shown and dismissed, so nothing was rated');
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), before);
  });

  test('markdownText escapes every character this VS Code\'s MarkdownString.appendText escapes', () => {
    const punctuation = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).filter((ch) => /[!-/:-@[-`{-~]/.test(ch));
    const escapedByVsCode = punctuation.filter((ch) => new vscode.MarkdownString().appendText(`a${ch}b`).value !== `a${ch}b`);
    assert.ok(escapedByVsCode.length >= 10, escapedByVsCode.join(''));
    for (const ch of escapedByVsCode) assert.strictEqual(markdownText(`a${ch}b`), `a\\${ch}b`, ch);
    // appendText turns a newline into a paragraph break; markdownText folds it, so no line can start a block.
    assert.strictEqual(markdownText('a\n===\nb'), 'a \\=\\=\\= b');
  });
});
