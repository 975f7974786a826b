import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../src/extension/main';
import { FRENCH_WITH_ENGLISH } from '../support/foreignArticles';
import { claimLensDiagnostics, closeAll, newDocument, type SnapshotNode, waitForDiagnostics } from './helpers';

const api = async () => (await vscode.extensions.all.find((e) => e.packageJSON.name === 'claim-lens')!.activate()) as ClaimLensApi;
const FRENCH = /^Claim Lens reads English; this looks like French\. Set claimLens\.language to "en" to analyse it anyway\.$/;

/** Waits until `get` gives what satisfies `ok` (the status item and the Claims view follow the store's events), or fails after `ms`. */
async function waitFor<T>(what: string, get: (api: ClaimLensApi) => T, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const claimLens = await api();
  const deadline = Date.now() + ms;
  for (;;) {
    const value = get(claimLens);
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} never matched; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const waitForStatus = (ok: (detail: string) => boolean) => waitFor('the status item', (a) => a.statusItem(), (s) => s !== undefined && ok(s.detail ?? ''));

/**
 * FRENCH_WITH_ENGLISH is an invented French article with one English
 * sentence ("The British ambassador, Sarah Collins, said …"): it reads as
 * French, and the engine finds that sentence's claim when made to analyse it.
 */
suite('Articles in other languages', () => {
  teardown(closeAll);

  test('a French article gets no diagnostics and no claims; the status item and the Claims view say Claim Lens reads English and it looks like French', async () => {
    const doc = await newDocument(FRENCH_WITH_ENGLISH, 'plaintext');
    await vscode.window.showTextDocument(doc);
    const shown = await waitForStatus((d) => FRENCH.test(d));
    assert.strictEqual(shown?.text, 'Claim Lens: not analysed');
    await waitFor('the Claims view message', (a) => a.claimsViewMessage(), (m) => FRENCH.test(m ?? ''));
    assert.deepStrictEqual(claimLensDiagnostics(doc.uri), []);
    assert.deepStrictEqual(await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot'), []);
    await vscode.commands.executeCommand('claimLens.analyzeDocument');
    assert.deepStrictEqual(claimLensDiagnostics(doc.uri), [], 'Analyze Document does not override the language');
  });

  test('claimLens.language "en" analyses it anyway: the English sentence\'s claim is flagged; back to "auto", it is not', async () => {
    const doc = await newDocument(FRENCH_WITH_ENGLISH, 'plaintext');
    await vscode.window.showTextDocument(doc);
    await waitForStatus((d) => FRENCH.test(d));
    const config = vscode.workspace.getConfiguration('claimLens');
    await config.update('language', 'en', vscode.ConfigurationTarget.Global);
    try {
      const d = await waitForDiagnostics(doc.uri, (x) => x.length >= 1);
      assert.deepStrictEqual(d.map((x) => doc.getText(x.range)), ['said']);
      const shown = await waitForStatus((detail) => detail.startsWith('analysed in'));
      assert.match(shown?.text ?? '', /^1 claim /);
      await waitFor('the Claims view message', (a) => a.claimsViewMessage(), (m) => m === undefined);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(doc.uri, (x) => x.length === 0);
    await waitForStatus((d) => FRENCH.test(d));
    await waitFor('the Claims view message', (a) => a.claimsViewMessage(), (m) => FRENCH.test(m ?? ''));
  });
});
