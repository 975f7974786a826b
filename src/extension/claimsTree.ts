import { type Claim, type ClaimType, type SourceKind, speakerOf, unquoted } from '../engine/index';
import * as vscode from 'vscode';
import { excerpt, SOURCE_KIND_LABEL } from './labels';
import { claimTooltip, orphanTooltip } from './claimMarkdown';
import { displayText } from '../review/markdownText';
import { httpUrl } from '../review/safeUrl';
import type { AnalysisStore } from './store';
import type { VerdictStore } from './verdictStore';
import type { UnreadableRecord, VerdictRecord } from '../review/verdicts/index';
import type { FactCheckResults } from './factCheckResults';
import type { FactCheckReview } from '../review/factCheck/client';
import { alsoIn, elsewhereItem, type Place } from './workspace/workspaceTree';

export type GroupBy = 'speaker' | 'kind' | 'order';

interface GroupNode { type: 'group'; key: string; label: string; kind?: SourceKind; claims: Claim[] }
interface OrphansNode { type: 'orphans'; records: VerdictRecord[]; unreadable: UnreadableRecord[] }
interface OrphanNode { type: 'orphan'; record: VerdictRecord; parent: OrphansNode }
/** A record of the verdict file that could not be read: listed, kept in the file, never matched. */
interface UnreadableNode { type: 'unreadable'; record: UnreadableRecord; index: number; parent: OrphansNode }
interface ReviewNode { type: 'review'; review: FactCheckReview; claimant?: string; parent: ClaimNode }
/** Another indexed article where the claim was said (the workspace index's "said elsewhere"). */
interface ElsewhereNode { type: 'elsewhere'; place: Place; parent: ClaimNode }
interface ClaimNode { type: 'claim'; claim: Claim; parent?: GroupNode }
type Node = GroupNode | ClaimNode | OrphansNode | OrphanNode | UnreadableNode | ReviewNode | ElsewhereNode;

const KIND_ICON: Record<SourceKind, string> = {
  person: 'person', organization: 'organization', media: 'broadcast', anonymous: 'question', vague: 'circle-large-outline',
  pronoun: 'symbol-variable', document: 'file-text', none: 'quote',
};

/** An icon for a rating on the default scale (other labels get a neutral one). */
function VERDICT_ICON(rating: string): string {
  const r = rating.toLowerCase();
  if (r === 'true' || r === 'mostly true') return 'pass';
  if (r === 'false' || r === 'mostly false') return 'error';
  if (r === 'half true' || r === 'misleading') return 'warning';
  if (r === 'unverifiable') return 'question';
  return 'tag';
}

/** The Claims view: the active editor's claims, grouped by speaker, by source kind, or in document order. */
export class ClaimsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  groupBy: GroupBy = 'speaker';
  /** Source kinds shown; all when empty. */
  filter = new Set<SourceKind>();
  /** Ratings shown ("Unrated" for claims without a verdict); all when empty. */
  verdictFilter = new Set<string>();
  /** Claim types shown, of those the editor shows (claimLens.types); all of those when empty. */
  typeFilter = new Set<ClaimType>();
  /** Speakers shown, by the name the engine gave (speakerOf); all when empty. */
  speakerFilter = new Set<string>();
  private roots: Node[] = [];
  private uri: vscode.Uri | undefined;

  /** @param elsewhere where else a claim of the article was said, from the workspace index (none when it is off). */
  constructor(private readonly store: AnalysisStore, private readonly verdicts?: VerdictStore, private readonly factChecks?: FactCheckResults, private readonly elsewhere?: (claim: Claim, uri: vscode.Uri) => Place[]) {}

  private placesOf(c: Claim): Place[] {
    return this.uri && this.elsewhere ? this.elsewhere(c, this.uri) : [];
  }

  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Rebuilds from the store for the given document (the active editor's). */
  refresh(uri: vscode.Uri | undefined): void {
    this.uri = uri;
    const entry = uri && this.store.get(uri);
    const view = uri && this.verdicts?.view(uri);
    const rating = (c: Claim) => view?.byClaim.get(c.id)?.verdict.rating ?? 'Unrated';
    const claims = entry?.state === 'ready' ? entry.analysis.claims.filter((c) => (this.filter.size === 0 || this.filter.has(c.sourceKind))
      && (this.typeFilter.size === 0 || this.typeFilter.has(c.type))
      && (this.verdictFilter.size === 0 || this.verdictFilter.has(rating(c)))
      && (this.speakerFilter.size === 0 || this.speakerFilter.has(speakerOf(c) ?? ''))) : [];
    this.roots = this.build(claims);
    // Verdicts whose claim is gone stay visible, never silently dropped.
    if (view?.orphans.length || view?.unreadable.length) this.roots.push({ type: 'orphans', records: view.orphans, unreadable: view.unreadable });
    this.emitter.fire(undefined);
  }

  get count(): number {
    return this.roots.reduce((n, r) => n + (r.type === 'group' ? r.claims.length : r.type === 'claim' ? 1 : 0), 0);
  }

  private build(claims: Claim[]): Node[] {
    if (this.groupBy === 'order') return claims.map((claim) => ({ type: 'claim', claim }));
    const groups = new Map<string, GroupNode>();
    for (const c of claims) {
      const key = this.groupBy === 'kind' ? c.sourceKind : (speakerOf(c) ?? '(no source)');
      let g = groups.get(key);
      if (!g) {
        const label = this.groupBy === 'kind' ? SOURCE_KIND_LABEL[c.sourceKind] : (speakerOf(c) ?? vscode.l10n.t('(no source)'));
        g = { type: 'group', key, label, kind: c.sourceKind, claims: [] };
        groups.set(key, g);
      }
      g.claims.push(c);
    }
    return [...groups.values()].sort((a, b) => b.claims.length - a.claims.length || a.label.localeCompare(b.label));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    if (node.type === 'group') return node.claims.map((claim) => ({ type: 'claim', claim, parent: node }));
    if (node.type === 'orphans') {
      return [...node.records.map((record): Node => ({ type: 'orphan', record, parent: node })), ...node.unreadable.map((record, index): Node => ({ type: 'unreadable', record, index, parent: node }))];
    }
    if (node.type === 'claim') {
      const found = this.factChecks?.get(node.claim.id);
      const reviews = !found || 'error' in found ? [] : found.flatMap((m) => m.reviews.map((review): ReviewNode => ({ type: 'review', review, claimant: m.claimant, parent: node })));
      return [...reviews, ...this.placesOf(node.claim).map((place): ElsewhereNode => ({ type: 'elsewhere', place, parent: node }))];
    }
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'claim' || node.type === 'orphan' || node.type === 'unreadable' || node.type === 'review' || node.type === 'elsewhere' ? node.parent : undefined;
  }

  /** The node of a claim, for reveal(). */
  nodeFor(id: string): ClaimNode | undefined {
    for (const r of this.roots) {
      if (r.type === 'claim' && r.claim.id === id) return r;
      if (r.type === 'group') {
        const claim = r.claims.find((c) => c.id === id);
        if (claim) return { type: 'claim', claim, parent: r };
      }
    }
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'elsewhere') return elsewhereItem(node.place, `claim:${this.groupBy}:${node.parent.claim.id}`);
    if (node.type === 'review') {
      const r = node.review;
      const item = new vscode.TreeItem(vscode.l10n.t('{0}: {1}', r.publisher ?? vscode.l10n.t('Unknown publisher'), r.textualRating ?? vscode.l10n.t('no rating')), vscode.TreeItemCollapsibleState.None);
      item.description = [node.claimant, r.reviewDate?.slice(0, 10)].filter(Boolean).join(' · ');
      item.tooltip = `${r.title ?? ''}\n${r.url ?? ''}`.trim();
      item.iconPath = new vscode.ThemeIcon('link-external');
      const url = httpUrl(r.url);
      if (url) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open the fact-check'), arguments: [vscode.Uri.parse(url)] };
      return item;
    }
    if (node.type === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Verdicts whose claim is gone'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'orphans';
      item.description = [node.records.length ? vscode.l10n.t('{0} orphaned', node.records.length) : '', node.unreadable.length ? vscode.l10n.t('{0} unreadable', node.unreadable.length) : ''].filter(Boolean).join(' · ');
      item.tooltip = vscode.l10n.t('Verdicts saved for claims that are no longer in the article (edited away or rewritten). They stay in the verdict file.');
      item.iconPath = new vscode.ThemeIcon('archive');
      return item;
    }
    if (node.type === 'unreadable') {
      const item = new vscode.TreeItem(vscode.l10n.t('Unreadable verdict'), vscode.TreeItemCollapsibleState.None);
      item.id = `unreadable:${node.index}`;
      item.description = node.record.reason;
      item.tooltip = vscode.l10n.t('A record of the verdict file that Claim Lens cannot read ({0}). It stays in the file as it is and is not used.', node.record.reason);
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    if (node.type === 'orphan') {
      const r = node.record;
      const shown = r.shown ?? r.key;
      const rating = displayText(r.verdict.rating);
      const item = new vscode.TreeItem(excerpt(displayText(shown.content), 70), vscode.TreeItemCollapsibleState.None);
      item.id = `orphan:${r.id}`;
      item.description = `${displayText(shown.source) || vscode.l10n.t('unattributed')} · ${rating}`;
      item.tooltip = new vscode.MarkdownString(orphanTooltip(r));
      item.iconPath = new vscode.ThemeIcon(VERDICT_ICON(rating));
      item.contextValue = 'claimLens.orphan';
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.groupBy}:${node.key}`;
      const kinds = [...new Set(node.claims.map((c) => c.sourceKind))].map((k) => SOURCE_KIND_LABEL[k]).join(', ');
      const count = node.claims.length === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', node.claims.length);
      item.description = this.groupBy === 'kind' ? count : `${kinds} · ${count}`;
      item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind ?? 'none']);
      item.contextValue = 'claimLens.group';
      return item;
    }
    const c = node.claim;
    const found = this.factChecks?.get(c.id);
    const hasReviews = !!found && !('error' in found) && found.some((m) => m.reviews.length > 0);
    const places = this.placesOf(c);
    const state = hasReviews ? vscode.TreeItemCollapsibleState.Expanded : places.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(excerpt(unquoted(c.contentText), 70), state);
    item.id = `claim:${this.groupBy}:${c.id}`;
    item.description = `${this.groupBy === 'speaker' ? c.cueText : `${speakerOf(c) ?? vscode.l10n.t('no source')} · ${c.cueText}`}${alsoIn(places)}`;
    item.tooltip = new vscode.MarkdownString(claimTooltip(c));
    item.iconPath = new vscode.ThemeIcon(c.quoteKind === 'direct' ? 'quote' : 'comment');
    const verdict = this.uri && this.verdicts?.view(this.uri)?.byClaim.get(c.id)?.verdict;
    const rating = verdict && displayText(verdict.rating);
    if (rating && rating !== 'Unrated') {
      item.description = `${item.description} · ${rating}`;
      item.iconPath = new vscode.ThemeIcon(VERDICT_ICON(rating));
    }
    item.contextValue = 'claimLens.claim';
    item.command = { command: 'claimLens.selectClaim', title: vscode.l10n.t('Select Claim'), arguments: [c.id] };
    return item;
  }
}
