// Node extension host only: it serves the fake Fact Check Tools API from the
// test itself, which the web host cannot do.
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/extension/claimMarkdown';
import { HOSTILE } from '../support/hostileStrings';
import { problems } from '../support/renderedMarkdown';
import { closeAll, openArticle, SAMPLE, waitForDiagnostics, workspaceFile } from './helpers';

interface SnapshotNode { label: string; description: string; id?: string; tooltip?: { markdown?: string; text?: string }; children: SnapshotNode[] }

const REVIEW_URL = 'https://factdesk.example/walls?a=1&b=2';
/** An answer whose every shown field is hostile, and one good review link. */
const HOSTILE_ANSWER = {
  claims: [{ text: HOSTILE[0], claimant: HOSTILE[2], claimReview: [
    { publisher: { name: HOSTILE[0] }, url: `${REVIEW_URL}\n[Rate](command:claimLens.rateClaim?x)`, title: HOSTILE[3], textualRating: HOSTILE[10] },
    { publisher: { name: HOSTILE[4] }, url: REVIEW_URL, title: HOSTILE[1], textualRating: HOSTILE[14] },
  ] }],
};

async function hoverValue(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((x) => (typeof x === 'string' ? x : 'value' in x ? x.value : ''))).join('\n');
}

suite('Claim Lens fact-check lookup (against a local server)', () => {
  let server: http.Server;
  let attacker: http.Server;
  let base = '';
  let attackerBase = '';
  const seen: URL[] = [];
  /** What the server a workspace's settings point at received. */
  const stolen: http.IncomingMessage[] = [];
  const keys: unknown[] = [];
  suiteSetup(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(url);
      keys.push(req.headers['x-goog-api-key']);
      if (url.pathname === '/limited') { res.statusCode = 429; res.end('{}'); return; }
      if (url.pathname === '/hostile') { res.end(JSON.stringify(HOSTILE_ANSWER)); return; }
      res.end(JSON.stringify({ claims: [{ text: 'walls pay for themselves', claimant: 'Elena Varga', claimReview: [{ publisher: { name: 'Harbourton Fact Desk' }, url: 'https://factdesk.example/walls', textualRating: 'Misleading' }] }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    attacker = http.createServer((req, res) => { stolen.push(req); res.end('{}'); });
    await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
    attackerBase = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('claimLens.factCheck');
    await c.update('lookup', undefined, vscode.ConfigurationTarget.Global);
    await c.update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('claimLens.setFactCheckApiKey', '');
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => attacker.close(() => r()));
    await closeAll();
  });

  test('off by default: nothing is sent; on, with a key: results in the hover and under the claim; a 429 is explained', async () => {
    const editor = await openArticle(SAMPLE);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 5);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const claim = roots.find((r) => r.label === 'Elena Varga')?.children.find((c) => /walls will pay/.test(c.label));
    assert.ok(claim?.id);
    const c = vscode.workspace.getConfiguration('claimLens.factCheck');
    await c.update('apiBaseUrl', `${base}/claims:search`, vscode.ConfigurationTarget.Global);
    const off = await vscode.commands.executeCommand<{ error: string }>('claimLens.lookUpFactChecks', claim.id);
    assert.deepStrictEqual(off, { error: 'lookup is off' });
    assert.strictEqual(seen.length, 0, 'nothing was sent while the lookup is off');
    await c.update('lookup', true, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('claimLens.setFactCheckApiKey', 'test-key');
    await vscode.window.showTextDocument(doc);
    const found = await vscode.commands.executeCommand<{ matches: unknown[] }>('claimLens.lookUpFactChecks', claim.id);
    assert.strictEqual(found.matches.length, 1);
    assert.strictEqual(keys[0], 'test-key', 'the key is sent in the X-Goog-Api-Key header');
    assert.ok(!seen[0].href.includes('test-key'), `the key is not in the URL: ${seen[0].href}`);
    assert.match(seen[0].searchParams.get('query') ?? '', /walls will pay for themselves/);
    const after = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const node = after.find((r) => r.label === 'Elena Varga')?.children.find((x) => x.id === claim.id);
    assert.deepStrictEqual(node?.children.map((x) => x.label), ['Harbourton Fact Desk: Misleading']);
    const at = doc.getText().indexOf('claim that the walls');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    const text = hovers.flatMap((h) => h.contents.map((x) => (typeof x === 'string' ? x : 'value' in x ? x.value : ''))).join('\n');
    assert.match(text, /Harbourton Fact Desk: \*\*Misleading\*\*/);
    await c.update('apiBaseUrl', `${base}/limited`, vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(doc);
    const limited = await vscode.commands.executeCommand<{ error: string }>('claimLens.lookUpFactChecks', claim.id);
    assert.match(limited.error, /rate-limiting requests \(429\)/);
    // The hover's link asks first: dismissed, nothing is sent.
    const sent = seen.length;
    const asked = vscode.commands.executeCommand('claimLens.lookUpFactChecksInteractive', claim.id);
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await asked, undefined);
    assert.strictEqual(seen.length, sent, 'nothing was sent before the question was answered');
  });

  test('a fact-check answer with hostile fields links only to its well-formed review URL in the hover; the review item\'s tooltip is plain text', async () => {
    const editor = await openArticle(SAMPLE);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 5);
    const c = vscode.workspace.getConfiguration('claimLens.factCheck');
    await c.update('apiBaseUrl', `${base}/hostile`, vscode.ConfigurationTarget.Global);
    await c.update('lookup', true, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('claimLens.setFactCheckApiKey', 'test-key');
    await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('claim that the walls') + 2;
    const id = JSON.parse(decodeURIComponent((await hoverValue(doc, at)).match(/command:claimLens\.revealClaim\?([^ )]+)/)?.[1] ?? '[]'))[0] as string;
    const found = await vscode.commands.executeCommand<{ matches: unknown[] }>('claimLens.lookUpFactChecks', id);
    assert.strictEqual(found.matches.length, 1);
    const md = await hoverValue(doc, at);
    const own = HOVER_COMMANDS.map((cmd) => `command:${cmd}?${encodeURIComponent(JSON.stringify([id]))}`);
    assert.deepStrictEqual(problems(md, [...own, REVIEW_URL]), [], md);
    assert.ok(md.includes(`](${REVIEW_URL.replace(/&/g, '\\&')})`), md);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    const reviews = roots.flatMap((r) => r.children).find((x) => x.id === id)?.children ?? [];
    assert.strictEqual(reviews.length, 2);
    for (const r of reviews) assert.ok(r.tooltip?.text !== undefined && r.tooltip.markdown === undefined, JSON.stringify(r.tooltip));
  });

  test('a workspace\'s own settings cannot turn the lookup on, send it elsewhere or add search links', async () => {
    const settings = workspaceFile('.vscode/settings.json');
    await vscode.workspace.fs.writeFile(settings, new TextEncoder().encode(JSON.stringify({
      'claimLens.factCheck.lookup': true,
      'claimLens.factCheck.apiBaseUrl': `${attackerBase}/claims:search`,
      'claimLens.factCheck.searchUrlTemplates': [{ name: 'Evil', url: 'https://evil.example/?q={query}' }],
      'claimLens.claimReview.organization': 'workspace-marker',
    })));
    const marker = () => vscode.workspace.getConfiguration('claimLens').get<string>('claimReview.organization');
    try {
      for (let i = 0; i < 100 && marker() !== 'workspace-marker'; i++) await new Promise((r) => setTimeout(r, 100));
      assert.strictEqual(marker(), 'workspace-marker', 'the workspace settings were read');
      const c = vscode.workspace.getConfiguration('claimLens.factCheck');
      await c.update('lookup', undefined, vscode.ConfigurationTarget.Global);
      await c.update('apiBaseUrl', `${base}/claims:search`, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('claimLens.setFactCheckApiKey', 'test-key');
      const editor = await openArticle(SAMPLE);
      const doc = editor.document;
      await waitForDiagnostics(doc.uri, (d) => d.length > 5);
      const at = doc.getText().indexOf('claim that the walls') + 2;
      const md = await hoverValue(doc, at);
      assert.doesNotMatch(md, /evil\.example|Evil|Look up fact-checks/, md);
      const id = JSON.parse(decodeURIComponent(md.match(/command:claimLens\.revealClaim\?([^ )]+)/)?.[1] ?? '[]'))[0] as string;
      assert.deepStrictEqual(await vscode.commands.executeCommand('claimLens.lookUpFactChecks', id), { error: 'lookup is off' });
      await c.update('lookup', true, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(doc);
      const before = seen.length;
      const r = await vscode.commands.executeCommand<{ matches?: unknown[]; error?: string }>('claimLens.lookUpFactChecks', id);
      assert.ok(r.matches, JSON.stringify(r));
      assert.strictEqual(seen.length, before + 1, 'the lookup went to the user\'s address');
      assert.strictEqual(stolen.length, 0, 'the workspace\'s address received nothing');
    } finally {
      await vscode.workspace.fs.delete(workspaceFile('.vscode'), { recursive: true });
      for (let i = 0; i < 100 && marker() === 'workspace-marker'; i++) await new Promise((r) => setTimeout(r, 100));
    }
  });
});
