import { type Claim, hash, inSlices } from '../engine/index';
import * as vscode from 'vscode';
import type { AnalysisStore } from './store';
import { matchVerdictSteps, mergeSidecars, parseSidecar, serializeSidecar, setVerdict, Sidecar, UnreadableRecord, Verdict, VerdictRecord } from '../review/verdicts/index';
import { hostSidecarFiles, SidecarFiles } from './sidecarFiles';
import { userSettings } from './config';
import type { Log } from './log';

const EMPTY: Sidecar = { version: 1, records: [] };

/** An article's verdicts as matched to its current claims: by claim, the orphans, and the records that could not be read. */
export interface VerdictView {
  byClaim: Map<string, VerdictRecord>;
  orphans: VerdictRecord[];
  unreadable: UnreadableRecord[];
}

export type VerdictLocation = 'beside' | 'workspaceStorage';

/**
 * Where verdicts are saved (claimLens.verdicts.location), as the user's own
 * settings say: the setting is application-scoped, so a folder's settings
 * can neither send a user's notes beside its articles nor take them away.
 */
export function verdictLocation(): VerdictLocation {
  return userSettings().location;
}

type Storage = Pick<vscode.ExtensionContext, 'workspaceState' | 'storageUri' | 'globalStorageUri'>;

/**
 * Verdicts per article: in `<article>.claims.json` beside it, or in this
 * workspace's storage (claimLens.verdicts.location); in workspace state for
 * untitled documents. Both places are read (verdicts saved before the
 * setting changed stay visible, and the next save copies them to the chosen
 * place); saves go to the chosen one. Saves of one article wait for each
 * other; `file:` verdict files in the desktop host are saved under a lock
 * (src/hosts/node/sidecarFile.ts). A verdict file that cannot be read is never
 * overwritten; the user is told once.
 */
export class VerdictStore implements vscode.Disposable {
  private readonly cache = new Map<string, Sidecar | { error: string }>();
  /** Per article, the number of the latest matching begun: an older one gives up. */
  private readonly matching = new Map<string, number>();
  private readonly warned = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an article's verdicts, as matched to its current claims, changed. */
  readonly onDidChange = this.emitter.event;
  private readonly views = new Map<string, VerdictView>();
  /** The text and claims each view was matched with, to match again when the location changes. */
  private readonly inputs = new Map<string, { text: string; claims: Claim[] }>();
  /** Per article, the last save asked for: the next one starts when it has settled. */
  private readonly queue = new Map<string, Promise<void>>();
  private readonly files: SidecarFiles;
  /** Who gives a verdict when claimLens.verdicts.author is empty: the login name in the desktop host. */
  readonly defaultAuthor: string | undefined;
  private readonly config: vscode.Disposable;

  constructor(private readonly storage: Storage, private readonly log: Log, host: { files: SidecarFiles; userName: string | undefined } = hostSidecarFiles(log)) {
    this.files = host.files;
    this.defaultAuthor = host.userName;
    this.config = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimLens.verdicts.location')) void this.reload();
    });
  }

  /** The verdicts matched to the last analysed claims of a document (synchronous, for the tree and the hover). */
  view(uri: vscode.Uri): VerdictView | undefined {
    return this.views.get(uri.toString());
  }

  /** Matches the stored verdicts to freshly analysed claims. */
  async refresh(uri: vscode.Uri, text: string, claims: Claim[]): Promise<void> {
    const key = uri.toString();
    this.inputs.set(key, { text, claims });
    const generation = (this.matching.get(key) ?? 0) + 1;
    this.matching.set(key, generation);
    const m = await this.matched(uri, text, claims, () => this.matching.get(key) !== generation);
    // A newer refresh of this article has begun: it shows its own result.
    if (this.matching.get(key) !== generation) return;
    if (m) this.views.set(uri.toString(), m);
    else this.views.delete(uri.toString());
    this.emitter.fire(uri);
  }

  private async reload(): Promise<void> {
    this.cache.clear();
    for (const [key, { text, claims }] of [...this.inputs]) await this.refresh(vscode.Uri.parse(key), text, claims);
  }

  static sidecarUri(article: vscode.Uri): vscode.Uri {
    return article.with({ path: `${article.path}.claims.json` });
  }

  /** The article's verdict file in workspace storage (global storage when no folder is open). */
  storedUri(article: vscode.Uri): vscode.Uri {
    const name = article.path.split('/').pop() || 'article';
    return vscode.Uri.joinPath(this.storage.storageUri ?? this.storage.globalStorageUri, 'verdicts', `${name}.${hash(article.toString())}.claims.json`);
  }

  /** Where saves go now, and the other place, read too. */
  private places(article: vscode.Uri): { save: vscode.Uri; other: vscode.Uri } {
    const beside = VerdictStore.sidecarUri(article);
    const stored = this.storedUri(article);
    return verdictLocation() === 'workspaceStorage' ? { save: stored, other: beside } : { save: beside, other: stored };
  }

  private fromState(uri: vscode.Uri): Sidecar | { error: string } {
    const stored = this.storage.workspaceState.get<unknown>(`verdicts:${uri.toString()}`);
    if (stored === undefined) return EMPTY;
    const parsed = parseSidecar(JSON.stringify(stored));
    return 'error' in parsed ? { error: vscode.l10n.t('the stored verdicts of {0}: {1}', uri.toString(), parsed.error) } : parsed.sidecar;
  }

  private async read(uri: vscode.Uri): Promise<Sidecar | { error: string }> {
    if (uri.scheme === 'untitled') return this.fromState(uri);
    const { save, other } = this.places(uri);
    const [a, b] = await Promise.all([this.files.read(save), this.files.read(other)]);
    if ('error' in a) return a;
    if ('error' in b) return b;
    return mergeSidecars(a.sidecar, b.sidecar);
  }

  /** The article's verdicts, or why they cannot be read. */
  async load(uri: vscode.Uri, fresh = false): Promise<Sidecar | { error: string }> {
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached && !fresh) return cached;
    const result = await this.read(uri);
    this.cache.set(key, result);
    if ('error' in result) this.log.warn(`Verdicts of ${uri.toString(true)} cannot be used: ${result.error}`);
    if ('error' in result && !this.warned.has(key)) {
      this.warned.add(key);
      void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens cannot use the verdicts of this article ({0}). The file is left as it is; fix or move it to rate claims here.', result.error));
    }
    return result;
  }

  /**
   * An article's verdict records as they are now, read quietly (for an
   * article other than the one in the editor: the hover's "said elsewhere");
   * none when there are none or they cannot be read (said when that article
   * is opened).
   */
  async records(uri: vscode.Uri): Promise<VerdictRecord[]> {
    const side = await this.read(uri).catch(() => ({ error: 'unreadable' }));
    return 'error' in side ? [] : side.records;
  }

  /** The verdicts attached to the current claims, the orphans, and the unreadable records. */
  async matched(uri: vscode.Uri, text: string, claims: Claim[], cancelled?: () => boolean): Promise<VerdictView | undefined> {
    const side = await this.load(uri);
    if ('error' in side) return undefined;
    // In slices: a large verdict file on a long article must not hold the host; a newer analysis makes this one moot.
    const m = await inSlices(matchVerdictSteps(text, claims, side.records), { cancelled });
    return m && { ...m, unreadable: side.unreadable ?? [] };
  }

  private async save(uri: vscode.Uri, next: Sidecar): Promise<{ saved: Sidecar } | { error: string }> {
    if (uri.scheme === 'untitled') {
      const current = this.fromState(uri);
      if ('error' in current) return current;
      const merged = mergeSidecars(current, next);
      await this.storage.workspaceState.update(`verdicts:${uri.toString()}`, JSON.parse(serializeSidecar(merged)));
      return { saved: merged };
    }
    const { save } = this.places(uri);
    if (verdictLocation() === 'workspaceStorage') await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(save, '..'));
    return this.files.save(save, next);
  }

  /** Runs the jobs of one article one after the other, in the order asked. */
  private serially<T>(key: string, job: () => Promise<T>): Promise<T> {
    const run = (this.queue.get(key) ?? Promise.resolve()).then(job);
    const settled = run.then(() => undefined, () => undefined);
    this.queue.set(key, settled);
    void settled.then(() => { if (this.queue.get(key) === settled) this.queue.delete(key); });
    return run;
  }

  /** Rates a claim and saves: its earlier verdicts stay in its history; merged with what is stored when written. */
  rate(uri: vscode.Uri, text: string, claims: Claim[], claim: Claim, verdict: Verdict): Promise<boolean> {
    return this.serially(uri.toString(), async () => {
      const current = await this.load(uri, true);
      if ('error' in current) {
        this.log.error(`A verdict on ${uri.toString(true)} was not saved: ${current.error}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens did not save the verdict: {0}', current.error));
        return false;
      }
      // Matched in slices, as after an analysis: a long article with many verdicts must not hold the host.
      const matched = await inSlices(matchVerdictSteps(text, claims, current.records));
      const saved = await this.save(uri, setVerdict(current, text, claims, claim, verdict, matched));
      if ('error' in saved) {
        this.log.error(`A verdict on ${uri.toString(true)} was not saved: ${saved.error}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens did not save the verdict: {0}', saved.error));
        return false;
      }
      this.cache.set(uri.toString(), saved.saved);
      this.log.debug(`Verdict saved for claim ${claim.id} of ${uri.toString(true)}`);
      await this.refresh(uri, text, claims);
      return true;
    });
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.views.delete(uri.toString());
    this.inputs.delete(uri.toString());
  }

  dispose(): void {
    this.config.dispose();
    this.emitter.dispose();
  }
}

/** Matches the article's verdicts to all its claims (shown or not) after each analysis; forgets them when its analysis is cleared. */
export function followAnalyses(store: AnalysisStore, verdicts: VerdictStore): vscode.Disposable {
  return store.onDidChange((uri: vscode.Uri) => {
    const entry = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!entry) return verdicts.forget(uri);
    if (entry.state === 'ready' && doc && doc.version === entry.version) void verdicts.refresh(uri, doc.getText(), entry.all);
  });
}
