import * as vscode from 'vscode';
import { type ClaimType, type SourceKind, speakerOf } from '../engine/index';
import { REVIEW_TYPES } from '../review/claimTypes';
import { snapshot } from './claimsSnapshot';
import { ClaimsTree, type GroupBy } from './claimsTree';
import { COMMANDS, registerCommand } from './commands';
import type { FactCheckResults } from './factCheckResults';
import { SOURCE_KIND_LABEL, TYPE_LABEL, TYPE_MEANING } from './labels';
import type { AnalysisStore } from './store';
import { timed } from './timing';
import type { VerdictStore } from './verdictStore';
import { ratingScale as scale } from './config';
import type { IndexHandle } from './workspace/indexHandle';
import { type Scope, ScopedTree } from './workspace/scopedTree';
import { WorkspaceClaimsTree } from './workspace/workspaceTree';

/**
 * The Claims view in the activity bar: the tree (claimsTree.ts) for the
 * active article, or the workspace's (workspace/workspaceTree.ts: speakers
 * across the indexed articles), its badge, message and description, and the
 * commands of its title bar and items (scope, group, filter by source kind,
 * type or verdict, refresh, select, reveal).
 */
/** Selects a claim's whole extent in its editor and scrolls to it. */
export async function selectClaim(store: AnalysisStore, uri: vscode.Uri | undefined, id: string): Promise<boolean> {
  if (!uri) return false;
  const entry = store.get(uri);
  const claim = entry?.state === 'ready' ? entry.analysis.claims.find((c) => c.id === id) : undefined;
  if (!claim) return false;
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  const range = new vscode.Range(doc.positionAt(claim.range.start), doc.positionAt(claim.range.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** The Claims view's registrations, and its message (for the integration tests, through the extension's API). */
/** `statement, finding only`: what a filter leaves shown. */
const only = (names: string[]) => vscode.l10n.t('{0} only', names.join(', '));

export function registerClaimsView(store: AnalysisStore, index: IndexHandle, verdicts?: VerdictStore, factChecks?: FactCheckResults): vscode.Disposable & { message(): string | undefined } {
  const tree = new ClaimsTree(store, verdicts, factChecks, (claim, uri) => index.elsewhere(claim, uri));
  const workspace = new WorkspaceClaimsTree(index, () => ({ kinds: tree.filter, types: tree.typeFilter }));
  const scoped = new ScopedTree(tree, workspace);
  const view = vscode.window.createTreeView('claimLens.claims', { treeDataProvider: scoped, showCollapseAll: true });
  const activeUri = () => vscode.window.activeTextEditor?.document.uri;
  const describe = timed('claims view (workspace)', () => {
    const s = index.stats();
    const progress = index.progress();
    view.badge = workspace.count ? { value: workspace.count, tooltip: vscode.l10n.t('{0} claims across the workspace', workspace.count) } : undefined;
    view.message = s.files || progress ? undefined : vscode.l10n.t('The workspace is not indexed yet: run Claim Lens: Index Workspace Articles.');
    const filters = [...[...tree.filter].map((k) => SOURCE_KIND_LABEL[k]), ...[...tree.typeFilter].map((t) => TYPE_LABEL[t])];
    view.description = [
      vscode.l10n.t('Workspace · {0} articles, {1} claims', s.articles.toLocaleString('en'), s.claims.toLocaleString('en')),
      ...(progress ? [vscode.l10n.t('indexing {0}/{1}', progress.done, progress.total)] : []),
      ...(filters.length ? [only(filters)] : []),
    ].join(' · ');
  });
  /** The workspace scope: its description at once, the tree (and its badge) once built. */
  const updateWorkspace = () => {
    describe();
    return workspace.refresh().then(describe);
  };
  const update = timed('claims view', (): Promise<void> | void => {
    if (scoped.scope === 'workspace') return updateWorkspace();
    tree.refresh(activeUri() ?? tree.documentUri);
    view.badge = tree.count ? { value: tree.count, tooltip: tree.count === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', tree.count) } : undefined;
    const shown = [...[...tree.filter].map((k) => SOURCE_KIND_LABEL[k]), ...tree.verdictFilter, ...tree.speakerFilter];
    const entry = tree.documentUri && store.get(tree.documentUri);
    // A skipped document (another language, too long) says why instead of showing an empty view.
    view.message = entry?.state === 'skipped' ? entry.reason : shown.length ? vscode.l10n.t('Showing {0} only', shown.join(', ')) : undefined;
    view.description = tree.typeFilter.size ? only([...tree.typeFilter].map((t) => TYPE_LABEL[t])) : undefined;
  });
  const setGroup = (g: GroupBy) => {
    tree.groupBy = g;
    void vscode.commands.executeCommand('setContext', 'claimLens.groupBy', g);
    update();
  };
  const setScope = async (scope: Scope) => {
    scoped.scope = scope;
    void vscode.commands.executeCommand('setContext', 'claimLens.scope', scope);
    await update();
  };
  void vscode.commands.executeCommand('setContext', 'claimLens.groupBy', tree.groupBy);
  void vscode.commands.executeCommand('setContext', 'claimLens.scope', scoped.scope);
  update();
  return Object.assign(vscode.Disposable.from(
    view,
    scoped,
    // The article's claims say where else they were said: the article scope follows the index too.
    index.onDidChange(() => update()),
    registerCommand(COMMANDS.showWorkspaceScope, () => setScope('workspace')),
    registerCommand(COMMANDS.showArticleScope, () => setScope('article')),
    vscode.window.onDidChangeActiveTextEditor((e) => { if (e && scoped.scope === 'article') update(); }),
    store.onDidChange((uri) => { if (scoped.scope === 'article' && uri.toString() === (activeUri() ?? tree.documentUri)?.toString()) update(); }),
    ...(verdicts ? [verdicts.onDidChange((uri) => { if (uri.toString() === tree.documentUri?.toString()) update(); })] : []),
    ...(factChecks ? [factChecks.onDidChange(() => update())] : []),
    registerCommand(COMMANDS.groupBySpeaker, () => setGroup('speaker')),
    registerCommand(COMMANDS.groupByKind, () => setGroup('kind')),
    registerCommand(COMMANDS.groupByOrder, () => setGroup('order')),
    registerCommand(COMMANDS.refreshClaims, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await store.analyzeNow(doc);
      update();
    }),
    registerCommand(COMMANDS.filterClaims, async (kinds?: SourceKind[]) => {
      let chosen = kinds;
      if (!chosen) {
        const picks = await vscode.window.showQuickPick(
          (Object.keys(SOURCE_KIND_LABEL) as SourceKind[]).map((k) => ({ label: SOURCE_KIND_LABEL[k], sourceKind: k, picked: tree.filter.has(k) })),
          { canPickMany: true, title: vscode.l10n.t('Show claims whose source is…'), placeHolder: vscode.l10n.t('Pick none to show all') },
        );
        if (!picks) return;
        chosen = picks.map((p) => p.sourceKind);
      }
      tree.filter = new Set(chosen);
      update();
    }),
    registerCommand(COMMANDS.filterByType, async (types?: unknown) => {
      let chosen: ClaimType[];
      if (types === undefined) {
        const picks = await vscode.window.showQuickPick(
          REVIEW_TYPES.map((t) => ({ label: TYPE_LABEL[t], description: TYPE_MEANING[t], type: t, picked: tree.typeFilter.has(t) })),
          { canPickMany: true, title: vscode.l10n.t('Show claims of type…'), placeHolder: vscode.l10n.t('Pick none to show every type the editor shows (claimLens.types)') },
        );
        if (!picks) return;
        chosen = picks.map((p) => p.type);
      } else {
        // From a test or a keybinding: the review types it names, nothing else (other is never shown).
        chosen = Array.isArray(types) ? REVIEW_TYPES.filter((t) => types.includes(t)) : [];
      }
      tree.typeFilter = new Set(chosen);
      update();
    }),
    registerCommand(COMMANDS.filterByVerdict, async (ratings?: string[]) => {
      let chosen = ratings;
      if (!chosen) {
        const picks = await vscode.window.showQuickPick(scale().map((label) => ({ label, picked: tree.verdictFilter.has(label) })),
          { canPickMany: true, title: vscode.l10n.t('Show claims rated…'), placeHolder: vscode.l10n.t('Pick none to show all') });
        if (!picks) return;
        chosen = picks.map((p) => p.label);
      }
      tree.verdictFilter = new Set(chosen);
      update();
    }),
    registerCommand(COMMANDS.filterBySpeaker, async (names?: unknown) => {
      let chosen: string[];
      if (names === undefined) {
        const entry = tree.documentUri && store.get(tree.documentUri);
        const speakers = entry?.state === 'ready' ? [...new Set(entry.analysis.claims.flatMap((c) => speakerOf(c) ?? []))].sort() : [];
        const picks = await vscode.window.showQuickPick(speakers.map((label) => ({ label, picked: tree.speakerFilter.has(label) })),
          { canPickMany: true, title: vscode.l10n.t('Show claims of…'), placeHolder: vscode.l10n.t('Pick none to show every speaker') });
        if (!picks) return;
        chosen = picks.map((p) => p.label);
      } else {
        // From the report or a test: the names it gives, as the engine gives them.
        chosen = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
      }
      tree.speakerFilter = new Set(chosen);
      update();
    }),
    registerCommand(COMMANDS.selectClaim, (id: string) => selectClaim(store, tree.documentUri, id)),
    registerCommand(COMMANDS.revealClaim, async (id: string) => {
      if (scoped.scope !== 'article') await setScope('article');
      update();
      const node = tree.nodeFor(id);
      if (!node) return false;
      await view.reveal(node, { select: true, focus: true, expand: true });
      return true;
    }),
    registerCommand(COMMANDS.showClaims, () => vscode.commands.executeCommand('claimLens.claims.focus')),
    // What the view shows, as data: for tests and automation (hidden from the palette).
    registerCommand(COMMANDS.claimsSnapshot, async () => {
      await update();
      return snapshot(scoped, (n) => (WorkspaceClaimsTree.owns(n) ? (n.type === 'ws-claim' ? n.claim.id : n.type === 'ws-elsewhere' ? n.place.claim.id : undefined) : n.type === 'claim' ? n.claim.id : n.type === 'orphan' ? n.record.id : undefined));
    }),
  ), { message: () => view.message });
}
