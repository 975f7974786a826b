// Node extension host only: it serves the fake Fact Check Tools API from the
// test itself, which the web host cannot do.
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { closeAll, openArticle, SAMPLE, waitForDiagnostics } from './helpers';

interface SnapshotNode { label: string; description: string; id?: string; children: SnapshotNode[] }

suite('Claim Lens fact-check lookup (against a local server)', () => {
  let server: http.Server;
  let base = '';
  const seen: URL[] = [];
  const keys: unknown[] = [];
  suiteSetup(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(url);
      keys.push(req.headers['x-goog-api-key']);
      if (url.pathname === '/limited') { res.statusCode = 429; res.end('{}'); return; }
      res.end(JSON.stringify({ claims: [{ text: 'walls pay for themselves', claimant: 'Elena Varga', claimReview: [{ publisher: { name: 'Harbourton Fact Desk' }, url: 'https://factdesk.example/walls', textualRating: 'Misleading' }] }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('claimLens.factCheck');
    await c.update('lookup', undefined, vscode.ConfigurationTarget.Global);
    await c.update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('claimLens.setFactCheckApiKey', '');
    await new Promise<void>((r) => server.close(() => r()));
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
  });
});
