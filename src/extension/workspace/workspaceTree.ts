import * as vscode from 'vscode';
import { type Claim, type ClaimType, type SourceKind, unquoted } from '../../engine/index';
import type { Elsewhere } from '../../review/corpus/elsewhere';
import { claimTooltip } from '../claimMarkdown';
import { excerpt } from '../labels';
import type { IndexHandle } from './indexHandle';
import type { IndexEntry, Speakers } from './workspaceIndex';
import { articlesCount, claimsCount, moreSpeakersCount, otherArticlesCount } from '../counts';
import { timed } from '../timing';

interface SpeakerNode { type: 'ws-speaker'; key: string; name: string; articles: { entry: IndexEntry; claims: Claim[] }[]; claims: number }
interface ArticleNode { type: 'ws-article'; parent: SpeakerNode; entry: IndexEntry; claims: Claim[] }
/** Where else a claim was said: the place, and the indexed article it is in. */
export type Place = Elsewhere & { entry: IndexEntry };
interface ClaimNode { type: 'ws-claim'; parent: ArticleNode; claim: Claim; line: number; elsewhere: Place[] }
interface ElsewhereNode { type: 'ws-elsewhere'; parent: ClaimNode; place: Place }
/** The speakers past MAX_SPEAKERS, counted. */
interface MoreNode { type: 'ws-more'; speakers: number; claims: number }
export type WorkspaceNode = SpeakerNode | ArticleNode | ClaimNode | ElsewhereNode | MoreNode;

const UNNAMED: readonly SourceKind[] = ['anonymous', 'vague', 'pronoun', 'none'];
/** The speakers listed, most claims first: a workspace of a thousand articles has thousands, most quoted once (Go to Symbol in Workspace finds every one). */
const MAX_SPEAKERS = 300;
/** While the index works, the tree is built again at most this often. */
const REFRESH_BUSY_MS = 3_000;

/** The key the command Open Claim in Its Article takes: an indexed article's URI and a claim's id. */
export const claimKey = (uri: vscode.Uri, id: string) => `${uri.toString()}#${id}`;

/** Where an article is, as a person reads it: its path in the workspace. */
export const articleName = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);

/** Where else a claim was said, as a tree item (in either scope of the Claims view): a click opens it there. */
export function elsewhereItem(p: Place, parentId: string): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('also in: {0}, line {1}', articleName(p.entry.uri), p.line), vscode.TreeItemCollapsibleState.None);
  item.id = `${parentId}>${p.article}#${p.claim.id}`;
  item.description = p.similarity < 1 ? vscode.l10n.t('{0}% alike', Math.round(p.similarity * 100)) : vscode.l10n.t('the same words');
  item.tooltip = new vscode.MarkdownString(claimTooltip(p.claim));
  item.iconPath = new vscode.ThemeIcon('references');
  item.command = { command: 'claimLens.openIndexedClaim', title: vscode.l10n.t('Open Claim in Its Article'), arguments: [claimKey(p.entry.uri, p.claim.id)] };
  return item;
}

/** How many other articles a claim was said in, for a tree item's description ("" when none). */
export const alsoIn = (places: readonly Place[]) => (places.length ? ` · ${vscode.l10n.t('also in {0}', otherArticlesCount(new Set(places.map((e) => e.article)).size))}` : '');

/**
 * The Claims view's workspace scope: the speakers across the indexed
 * articles (merged as `claim-lens report` merges them; "Nasser Kanani — 3
 * articles, 7 claims"), then "Unnamed sources" (anonymous, vague, unresolved);
 * under each the articles, under those the claims, and under a claim the
 * other articles where its quote runs. A click opens the article at the claim.
 */
export class WorkspaceClaimsTree implements vscode.TreeDataProvider<WorkspaceNode> {
  private readonly emitter = new vscode.EventEmitter<WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: (SpeakerNode | MoreNode)[] = [];
  private last = 0;
  private pending: Promise<void> | undefined;

  /** @param filter the source kinds and types the view's filters show (all when empty). */
  constructor(private readonly index: IndexHandle, private readonly filter: () => { kinds: Set<SourceKind>; types: Set<ClaimType> }) {}

  static owns(node: unknown): node is WorkspaceNode {
    return typeof (node as { type?: unknown })?.type === 'string' && (node as { type: string }).type.startsWith('ws-');
  }

  get count(): number {
    return this.roots.reduce((n, r) => n + r.claims, 0);
  }

  /**
   * Builds the tree again from the index; while the index is working, at
   * most every REFRESH_BUSY_MS (the speakers are worked out anew each time).
   * Settles when the tree has been built.
   */
  refresh(): Promise<void> {
    const wait = this.index.progress() ? this.last + REFRESH_BUSY_MS - Date.now() : 0;
    if (wait > 0) {
      this.pending ??= new Promise((resolve) => setTimeout(resolve, wait)).then(() => {
        this.pending = undefined;
        return this.refresh();
      });
      return this.pending;
    }
    this.last = Date.now();
    return this.index.speakers().then(timed('claims view (workspace tree)', (s: Speakers) => this.build(s)));
  }

  private build({ articles, groups }: Speakers): void {
    const { kinds, types } = this.filter();
    const keep = (c: Claim) => (!kinds.size || kinds.has(c.sourceKind)) && (!types.size || types.has(c.type));
    const speaker = (key: string, name: string, byArticle: Iterable<[number, Claim[]]>): SpeakerNode | undefined => {
      const list = [...byArticle].map(([i, claims]) => ({ entry: articles[i], claims: claims.filter(keep) })).filter((a) => a.entry && a.claims.length);
      const claims = list.reduce((n, a) => n + a.claims.length, 0);
      return claims ? { type: 'ws-speaker', key, name, articles: list, claims } : undefined;
    };
    // Groups come most claims first: past MAX_SPEAKERS, with no filter on, they are only counted.
    const named: SpeakerNode[] = [];
    const more: MoreNode = { type: 'ws-more', speakers: 0, claims: 0 };
    for (const g of groups) {
      const n = named.length < MAX_SPEAKERS || kinds.size || types.size ? speaker(g.key, g.name, g.byArticle) : { claims: g.claims };
      if (!n?.claims) continue;
      if (named.length < MAX_SPEAKERS && 'type' in n) named.push(n);
      else {
        more.speakers++;
        more.claims += n.claims;
      }
    }
    const unnamed = speaker('unnamed', vscode.l10n.t('Unnamed sources'), articles.map((a, i): [number, Claim[]] => [i, a.claims.filter((c) => UNNAMED.includes(c.sourceKind))]));
    this.roots = [...named, ...(more.speakers ? [more] : []), ...(unnamed ? [unnamed] : [])];
    this.emitter.fire(undefined);
  }

  getChildren(node?: WorkspaceNode): WorkspaceNode[] {
    if (!node) return this.roots;
    if (node.type === 'ws-speaker') return node.articles.map((a) => ({ type: 'ws-article', parent: node, entry: a.entry, claims: a.claims }));
    if (node.type === 'ws-article') {
      const at = new Map(node.entry.claims.map((c, i) => [c, node.entry.lines[i]]));
      return node.claims.map((claim) => ({ type: 'ws-claim', parent: node, claim, line: at.get(claim) ?? 0, elsewhere: this.index.elsewhere(claim, node.entry.uri) }));
    }
    if (node.type === 'ws-claim') return node.elsewhere.map((place) => ({ type: 'ws-elsewhere', parent: node, place }));
    return [];
  }

  getParent(node: WorkspaceNode): WorkspaceNode | undefined {
    return node.type === 'ws-speaker' || node.type === 'ws-more' ? undefined : node.parent;
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    if (node.type === 'ws-more') {
      const item = new vscode.TreeItem(moreSpeakersCount(node.speakers), vscode.TreeItemCollapsibleState.None);
      item.id = 'ws:more';
      item.description = vscode.l10n.t('{0}: find them with Go to Symbol in Workspace', claimsCount(node.claims));
      item.tooltip = vscode.l10n.t('Only the speakers with the most claims are listed here; Go to Symbol in Workspace (Ctrl+T) finds every speaker and claim by name and text.');
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.command = { command: 'workbench.action.showAllSymbols', title: vscode.l10n.t('Go to Symbol in Workspace') };
      return item;
    }
    if (node.type === 'ws-speaker') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `ws:${node.key}`;
      item.description = vscode.l10n.t('{0}, {1}', articlesCount(node.articles.length), claimsCount(node.claims));
      item.tooltip = `${node.name} — ${item.description}`;
      item.iconPath = new vscode.ThemeIcon(node.key === 'unnamed' ? 'question' : 'person');
      item.contextValue = 'claimLens.workspaceSpeaker';
      return item;
    }
    if (node.type === 'ws-article') {
      const item = new vscode.TreeItem(articleName(node.entry.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `ws:${node.parent.key}:${node.entry.uri.toString()}`;
      item.resourceUri = node.entry.uri;
      item.description = claimsCount(node.claims.length);
      item.contextValue = 'claimLens.workspaceArticle';
      return item;
    }
    if (node.type === 'ws-claim') {
      const c = node.claim;
      const item = new vscode.TreeItem(excerpt(unquoted(c.contentText), 70), node.elsewhere.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `ws:${node.parent.parent.key}:${node.parent.entry.uri.toString()}#${c.id}`;
      item.description = `${vscode.l10n.t('line {0}', node.line)} · ${c.cueText}${alsoIn(node.elsewhere)}`;
      item.tooltip = new vscode.MarkdownString(claimTooltip(c));
      item.iconPath = new vscode.ThemeIcon(c.quoteKind === 'direct' ? 'quote' : 'comment');
      item.command = { command: 'claimLens.openIndexedClaim', title: vscode.l10n.t('Open Claim in Its Article'), arguments: [claimKey(node.parent.entry.uri, c.id)] };
      return item;
    }
    return elsewhereItem(node.place, `ws:${node.parent.parent.parent.key}:${node.parent.parent.entry.uri.toString()}#${node.parent.claim.id}`);
  }
}
