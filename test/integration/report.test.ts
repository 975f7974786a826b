import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReportSnapshot } from '../../src/extension/report/panel';
import { closeAll, openArticle, SAMPLE, SEED, type SnapshotNode, waitForDiagnostics, workspaceFile } from './helpers';

/** Waits until the report's snapshot satisfies `ok`, or fails with the last one. */
async function reportWhere(ok: (s: ReportSnapshot) => boolean, ms = 25_000): Promise<ReportSnapshot> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await vscode.commands.executeCommand<ReportSnapshot | undefined>('claimLens.reportSnapshot');
    if (s && ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`the report never got there; last: ${JSON.stringify(s && { ...s, report: s.report && { ...s.report, charts: s.report.charts.map((c) => c.id) } })}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The Claims view grouped by source kind: kind label → number of claims. */
async function claimsByKind(): Promise<Record<string, number>> {
  await vscode.commands.executeCommand('claimLens.groupByKind');
  try {
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    return Object.fromEntries(roots.filter((r) => !r.id).map((r) => [r.label, r.children.length]));
  } finally {
    await vscode.commands.executeCommand('claimLens.groupBySpeaker');
  }
}

const bars = (s: ReportSnapshot, chart: string) => s.report?.charts.find((c) => c.id === chart)?.bars ?? [];
const total = (s: ReportSnapshot, chart: string) => bars(s, chart).reduce((n, b) => n + b.value, 0);

suite('Attribution report', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('claimLens.filterBySpeaker', []);
    await closeAll();
  });

  test('Show Attribution Report opens its panel, whose page asks for the report and is sent the active article\'s figures: the Claims view\'s claims by source kind', async () => {
    const editor = await openArticle(SAMPLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length >= 3);
    const kinds = await claimsByKind();
    await vscode.commands.executeCommand('claimLens.showReport');
    const s = await reportWhere((x) => x.ready && x.delivered && x.report?.scope === 'article' && total(x, 'sourceKinds') > 0);
    assert.strictEqual(s.visible, true);
    assert.strictEqual(s.report?.heading, SAMPLE);
    assert.deepStrictEqual(Object.fromEntries(bars(s, 'sourceKinds').map((b) => [b.label, b.value])), kinds);
    const claims = Object.values(kinds).reduce((a, b) => a + b, 0);
    for (const chart of ['unnamed', 'types', 'ratings']) assert.strictEqual(total(s, chart), claims, chart);
    assert.ok(bars(s, 'speakersByClaims').some((b) => b.label === 'Elena Varga'), 'the sample\'s mayor is among the speakers');
    assert.strictEqual(bars(s, 'reliance').length, 0, 'no article ranking for one article');
  });

  test('the workspace scope counts every open article; a speaker\'s names filter the Claims view to that speaker', async () => {
    // Not in a preview tab: the next article would take its place and close it.
    const seed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(SEED)), { preview: false });
    await waitForDiagnostics(seed.document.uri, (d) => d.length >= 3);
    const seedKinds = await claimsByKind();
    const sample = await openArticle(SAMPLE);
    await waitForDiagnostics(sample.document.uri, (d) => d.length >= 3);
    const sampleKinds = await claimsByKind();
    const claims = [...Object.values(seedKinds), ...Object.values(sampleKinds)].reduce((a, b) => a + b, 0);
    await vscode.commands.executeCommand('claimLens.showReport', 'workspace');
    const s = await reportWhere((x) => x.ready && x.delivered && x.report?.scope === 'workspace' && total(x, 'sourceKinds') === claims);
    assert.match(s.report!.heading, /^Workspace: \d+ articles$/);
    assert.strictEqual(total(s, 'types'), claims);
    assert.ok(bars(s, 'reliance').length >= 1, 'both articles have unnamed sources');
    assert.ok(bars(s, 'reliance').every((b) => b.filter?.kind === 'article'));
    const varga = bars(s, 'speakersByClaims').find((b) => b.label === 'Elena Varga');
    assert.ok(varga?.filter?.kind === 'speaker');
    await vscode.window.showTextDocument(sample.document);
    await vscode.commands.executeCommand('claimLens.filterBySpeaker', varga.filter.values);
    const roots = await vscode.commands.executeCommand<SnapshotNode[]>('claimLens.claimsSnapshot');
    assert.deepStrictEqual(roots.map((r) => r.label), ['Elena Varga']);
    assert.strictEqual(roots[0].children.length, varga.value, 'one article: the view shows the bar\'s claims');
  });
});
