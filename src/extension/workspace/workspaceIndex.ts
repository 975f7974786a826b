import * as vscode from 'vscode';
import { type Claim, type Engine, inSlices } from '../../engine/index';
import { formatOfPath } from '../../formats/index';
import type { WorkerRunner } from '../../hosts/workerPool';
import { shownClaims } from '../../review/claimTypes';
import { type Elsewhere, QuoteIndex } from '../../review/corpus/elsewhere';
import { type SpeakerGroup, speakerGroupSteps } from '../../review/corpus/figures';
import { settings } from '../config';
import { recordTime, timed } from '../timing';
import { analyseArticle, articleText, INDEX_SLICE } from './analyseArticle';
import type { ArticleSource, IndexedArticle } from './articles';
import { type CachedArticle, contentHash, isUnchanged, variantOf } from './cacheFormat';
import { type EditorsFirst, politely } from './editorsFirst';
import type { IndexCache } from './indexCache';
import { Gate, WorkQueue } from './workQueue';

/** An indexed article: the claims the editor would show in it (claimLens.types, confidence), with the line and column of each one's cue. */
export interface IndexEntry extends IndexedArticle {
  readonly claims: Claim[];
  readonly lines: number[];
  readonly columns: number[];
  /** Why it has no claims: too long, another language. */
  readonly skipped?: string;
  readonly hash: string;
  /** Every claim found, of every type, as cached. */
  readonly found: CachedArticle;
}

/** The speakers across the indexed articles: `groups[i].byArticle` keys index `articles`. */
export interface Speakers {
  articles: readonly IndexEntry[];
  groups: SpeakerGroup[];
}

/** What the index holds and has done since it was made (for the status, the tests and the benchmark). */
export interface IndexStats {
  /** Article files indexed (skipped ones too), articles with claims, and their claims shown. */
  files: number;
  articles: number;
  claims: number;
  /** Files analysed by the engine; taken from the cache; not analysed (too long, another language); that could not be read. */
  analysed: number;
  fromCache: number;
  skipped: number;
  failed: number;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** Changes are told to listeners at most this often while indexing. */
const CHANGE_EVERY_MS = 300;

/**
 * The workspace index: every article file of the folders it is given, with
 * its claims, kept in memory for the views and in the cache (IndexCache) for
 * the next session. A file is looked at by its size and time (unchanged: its
 * cached claims), else read and hashed (bytes seen before: their cached
 * claims), else analysed (analyseArticle.ts: on the worker pool after the
 * open editors' jobs). It implements ArticleSource for the views that read
 * every article, and answers "said elsewhere" (QuoteIndex) and the speakers
 * across articles (merged as `claim-lens report` merges them).
 */
export class WorkspaceIndex implements ArticleSource, vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly quotes = new QuoteIndex();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  readonly queue: WorkQueue;
  /** Whether the cache (opened before) held no file when the index was made: the first indexing of this workspace, or of a new engine. */
  readonly fresh: boolean;
  private readonly analyses: Gate;
  private readonly counts = { analysed: 0, fromCache: 0, skipped: 0, failed: 0 };
  private listed?: IndexedArticle[];
  private groups?: Promise<Speakers>;
  private groupsRun?: object;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly fire = timed('workspace index change (all listeners)', () => this.emitter.fire());

  constructor(
    private readonly cache: IndexCache,
    private readonly engine: Promise<Engine>,
    private readonly runner: WorkerRunner | undefined,
    private readonly editors: EditorsFirst,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.fresh = cache.knownFiles().length === 0;
    this.queue = new WorkQueue((uri) => this.indexFile(uri));
    // As many articles in analysis as the workers take, and one more waiting, so that a cancel wastes little.
    this.analyses = new Gate(runner ? runner.size + 1 : 1);
  }


  /** Writes the cache's manifest now; with `prune`, deletes the cache entries no file uses any more. */
  async persist(prune: boolean): Promise<void> {
    await this.cache.flush();
    if (prune) await this.cache.prune();
  }

  /** Every indexed article that has claims, by path. */
  articles(): readonly IndexedArticle[] {
    this.listed ??= [...this.entries.values()].filter((e) => !e.skipped).sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
    return this.listed;
  }

  get(uri: vscode.Uri | string): IndexEntry | undefined {
    return this.entries.get(typeof uri === 'string' ? uri : uri.toString());
  }

  /**
   * The named speakers across the articles, merged by name, with the
   * articles their indexes refer to: worked out in slices of 10 ms once the
   * open editors' analyses are done, and kept until the articles change.
   */
  speakers(): Promise<Speakers> {
    if (!this.groups) {
      const articles = this.articles() as IndexEntry[];
      const run = {};
      this.groupsRun = run;
      // A newer change gives this one up: its caller gets the newer speakers.
      this.groups = this.editors.idle()
        .then(() => inSlices(politely(speakerGroupSteps(articles), this.editors), { sliceMs: 10, onSlice: (ms) => recordTime('workspace index speakers (slice)', ms), cancelled: () => this.groupsRun !== run }))
        .then((groups) => (groups ? { articles, groups } : this.speakers()));
    }
    return this.groups;
  }

  /** Where else a claim's quotes run: the places in other indexed articles, most alike first. */
  elsewhere(claim: Claim, uri: vscode.Uri): (Elsewhere & { entry: IndexEntry })[] {
    return this.quotes.elsewhere(claim, uri.toString()).flatMap((e) => {
      const entry = this.entries.get(e.article);
      return entry ? [{ ...e, entry }] : [];
    });
  }

  stats(): IndexStats {
    const articles = this.articles();
    return { files: this.entries.size, articles: articles.length, claims: articles.reduce((n, a) => n + a.claims.length, 0), ...this.counts };
  }

  /** Forgets a file, or every file under a folder (in slices: a folder may hold a thousand). */
  remove(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const under = key.endsWith('/') ? key : `${key}/`;
    return this.inSlices([...this.entries.keys()].filter((k) => k === key || k.startsWith(under)), (k) => this.forget(k));
  }

  /** Keeps, of a folder's articles, only those listed (the others were deleted or are now excluded). */
  retain(folder: vscode.Uri, listed: readonly vscode.Uri[]): Promise<void> {
    const keep = new Set(listed.map((u) => u.toString()));
    const gone = [...this.entries].filter(([k, e]) => !keep.has(k) && vscode.workspace.getWorkspaceFolder(e.uri)?.uri.toString() === folder.toString());
    return this.inSlices(gone.map(([k]) => k), (k) => this.forget(k));
  }

  /** Chooses again the claims shown in each article (claimLens.types or confidence.minimum changed). */
  reshow(): Promise<void> {
    return this.inSlices([...this.entries.values()], (e) => { if (!('skipped' in e.found)) this.set(e.uri, e.hash, e.found); });
  }

  /** Does `each` for every item, in slices of 10 ms (each article's quotes are indexed or dropped one by one). */
  private async inSlices<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
    function* steps(): Generator<void, void> {
      for (const item of items) {
        each(item);
        yield;
      }
    }
    await inSlices(steps(), { sliceMs: 10, onSlice: (ms) => recordTime(INDEX_SLICE, ms) });
  }

  private forget(key: string): void {
    if (!this.entries.delete(key)) return;
    this.quotes.delete(key);
    this.cache.record(key, undefined);
    this.changed();
  }

  private set(uri: vscode.Uri, hash: string, found: CachedArticle): void {
    const key = uri.toString();
    let entry: IndexEntry;
    if ('skipped' in found) {
      entry = { uri, claims: [], lines: [], columns: [], skipped: found.skipped, hash, found };
    } else {
      const s = settings(uri);
      const claims = shownClaims(found.claims, s.types, s.minConfidence);
      const at = new Map(found.claims.map((c, i) => [c, i]));
      const index = claims.map((c) => at.get(c)!);
      entry = { uri, claims, lines: index.map((i) => found.lines[i]), columns: index.map((i) => found.columns[i]), hash, found };
    }
    this.entries.set(key, entry);
    timed(INDEX_SLICE, () => this.quotes.set(key, entry.claims, entry.lines))();
    this.changed();
  }

  /** Tells listeners, at most every CHANGE_EVERY_MS while indexing (at once when the queue is done). */
  private changed(): void {
    this.listed = undefined;
    this.groups = undefined;
    this.groupsRun = undefined;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, this.queue.busy ? CHANGE_EVERY_MS : 0);
  }

  /** Indexes one file: from the cache when its size and time, or its bytes, are known; else analysed. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    if (this.editors.busy()) await this.editors.idle();
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return void this.remove(uri); // gone since it was listed
    }
    if (stat.type & vscode.FileType.Directory) return;
    const s = settings(uri);
    const format = formatOfPath(uri.path);
    const variant = variantOf(format, s.language);
    const known = this.cache.known(key);
    try {
      // A UTF-16 text has at least a third as many characters as its UTF-8 bytes: longer files are not even read.
      if (stat.size > 3 * s.maxFileSize + 3) return this.skip(uri, stat, `${stat.size.toLocaleString('en')} bytes, over claimLens.maxFileSize (${s.maxFileSize.toLocaleString('en')} characters)`);
      const same = known && isUnchanged(known, stat, variant) ? known : undefined;
      if (same && this.entries.get(key)?.hash === same.hash) return;
      const cached = same && await this.cache.load(same.hash, variant);
      if (same && cached) return this.take(uri, same.hash, stat, variant, cached, 'fromCache');
      const bytes = await vscode.workspace.fs.readFile(uri);
      const hash = await contentHash(bytes);
      if (this.entries.get(key)?.hash === hash && known?.variant === variant) return this.cache.record(key, { hash, size: stat.size, mtime: stat.mtime, variant });
      const again = await this.cache.load(hash, variant);
      if (again) return this.take(uri, hash, stat, variant, again, 'fromCache');
      const engine = await this.engine;
      const found = await this.analyses.run(() => analyseArticle(key, articleText(bytes), {
        format, language: s.language, maxLength: s.maxFileSize, engine, runner: this.runner, editors: this.editors,
      }));
      if (this.editors.busy()) await this.editors.idle();
      // A text too long is not kept: claimLens.maxFileSize may change, the bytes may not.
      if (!('skipped' in found && found.skipped.includes('claimLens.maxFileSize'))) await this.cache.save(hash, variant, found);
      this.take(uri, hash, stat, variant, found, 'analysed');
    } catch (e) {
      this.counts.failed++;
      this.log.warn(`Workspace index: ${vscode.workspace.asRelativePath(uri)} could not be indexed (${reason(e)}).`);
      void this.remove(uri);
    }
  }

  private take(uri: vscode.Uri, hash: string, stat: vscode.FileStat, variant: string, found: CachedArticle, how: 'analysed' | 'fromCache'): void {
    this.counts[how]++;
    if ('skipped' in found) this.counts.skipped++;
    this.cache.record(uri.toString(), { hash, size: stat.size, mtime: stat.mtime, variant });
    this.set(uri, hash, found);
  }

  private skip(uri: vscode.Uri, stat: vscode.FileStat, why: string): void {
    this.counts.skipped++;
    this.cache.record(uri.toString(), undefined);
    this.set(uri, `size-${stat.size}`, { skipped: why });
  }

  dispose(): void {
    this.queue.dispose();
    if (this.timer) clearTimeout(this.timer);
    this.cache.dispose();
    this.emitter.dispose();
  }
}
