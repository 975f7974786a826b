import * as vscode from 'vscode';
import { type Engine, engineVersion, type ModelFiles } from '../../engine/index';
import type { WorkerRunner } from '../../hosts/workerPool';
import { COMMANDS, registerCommand } from '../commands';
import { workspaceIndexSettings } from '../config';
import { filesCount } from '../counts';
import { timed } from '../timing';
import type { AnalysisStore } from '../store';
import { articleFiles, watchArticles } from './articleFiles';
import { editorsFirst } from './editorsFirst';
import { IndexCache } from './indexCache';
import { IndexHandle } from './indexHandle';
import { progressNotification, registerIndexStatus } from './indexStatus';
import { type IndexStats, WorkspaceIndex } from './workspaceIndex';

/** What a run of the index did: the index's figures at its end, with the files this run analysed, took from the cache, skipped and failed. */
export interface IndexRun extends IndexStats {
  cancelled: boolean;
}

/** The workspace index as the tests and the benchmark drive it (through the extension's API). */
export interface WorkspaceIndexApi {
  stats(): IndexStats;
  /** Settles when no file waits to be indexed. */
  idle(): Promise<void>;
  /** What the progress notification's Cancel does. */
  cancel(): void;
  /** Makes the index again from its cache, as reopening the window would, and indexes the same folders. */
  reopen(): Promise<IndexRun | undefined>;
  /** Stops indexing and watching (what is indexed stays shown). */
  stop(): void;
  /** Stops, and forgets the index in memory (as closing the window would; the cache stays). */
  close(): Promise<void>;
  /** The status bar item's text, while an index is on. */
  statusText(): string | undefined;
  /** Where the cache is kept (in workspace storage), if anywhere. */
  cacheUri(): vscode.Uri | undefined;
}

/** Counts in the log, which stays in English. */
const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The workspace index as a feature: started only when asked (Index Workspace
 * Articles, or claimLens.workspace.index for a folder), then kept current by
 * file-system watchers and settings; a progress notification the first time,
 * the status item afterwards. The views read it through the IndexHandle.
 */
export function registerWorkspaceIndex(storage: vscode.Uri | undefined, loaded: Promise<{ engine: Engine; files: ModelFiles }>, runner: WorkerRunner | undefined, store: AnalysisStore, log: vscode.LogOutputChannel): { handle: IndexHandle; api: WorkspaceIndexApi } & vscode.Disposable {
  const handle = new IndexHandle();
  const status = registerIndexStatus(handle);
  /** The folders indexed and watched, by URI. */
  const watched = new Map<string, { folder: vscode.WorkspaceFolder; watcher: vscode.Disposable }>();
  const rescans = new Map<string, ReturnType<typeof setTimeout>>();
  let making: Promise<WorkspaceIndex> | undefined;
  let cancelRun: (() => void) | undefined;
  /** The progress notification is shown once: for the first indexing of a workspace (no cache yet), not for the runs after it. */
  let notified = false;

  const editors = editorsFirst(store);
  const make = async () => {
    const l = await loaded;
    const cache = new IndexCache(storage, timed('workspace index (start)', engineVersion)(l.files), log);
    await cache.open();
    const index = new WorkspaceIndex(cache, Promise.resolve(l.engine), runner, editors, log);
    handle.current = index;
    return index;
  };
  const ensure = () => (making ??= make());

  // New files (created events): the folder's list made again, its new articles added. Deleted ones leave by their own events:
  // a list made just after many files were written can lack some of them, and must not drop what is indexed.
  const rescan = async (folder: vscode.WorkspaceFolder) => {
    const index = await ensure();
    const files = await articleFiles(folder, log);
    if (watched.has(folder.uri.toString())) index.queue.add(files.filter((f) => !index.get(f)));
  };
  const watch = (folder: vscode.WorkspaceFolder) => {
    const key = folder.uri.toString();
    watched.get(key)?.watcher.dispose();
    const watcher = watchArticles(folder, {
      changed: (uri) => handle.current?.queue.add([uri]),
      created: () => {
        clearTimeout(rescans.get(key));
        rescans.set(key, setTimeout(() => void rescan(folder), 500));
      },
      deleted: (uri) => handle.current?.remove(uri),
    });
    watched.set(key, { folder, watcher });
  };
  const unwatch = (folder: vscode.Uri) => {
    const key = folder.toString();
    watched.get(key)?.watcher.dispose();
    watched.delete(key);
    clearTimeout(rescans.get(key));
    handle.on = watched.size > 0;
  };
  const stop = (note = '') => {
    for (const { folder } of [...watched.values()]) unwatch(folder.uri);
    handle.current?.queue.cancel();
    status.update(note);
  };

  /** Indexes these folders (and watches them from now on); settles when no file of theirs waits. */
  const index = async (folders: readonly vscode.WorkspaceFolder[]): Promise<IndexRun> => {
    const idx = await ensure();
    const start = idx.stats();
    handle.on = true;
    for (const f of folders) watch(f);
    let cancelled = false;
    // Watching stops at once too: a file event a moment later must not start the work again.
    const cancel = () => {
      cancelled = true;
      stop();
    };
    cancelRun = cancel;
    const work = (async () => {
      for (const f of folders) {
        const files = await articleFiles(f, log);
        if (cancelled) break;
        await idx.retain(f.uri, files);
        timed('workspace index (start)', () => idx.queue.add(files))();
      }
      await idx.queue.idle();
    })();
    if (idx.fresh && !notified) {
      notified = true;
      progressNotification(handle, work, cancel);
    }
    // The status follows the run: at its first file, then at most every half second.
    let shown = 0;
    const progress = idx.queue.onProgress(() => {
      if (Date.now() - shown < 500) return;
      shown = Date.now();
      status.update();
    });
    status.update('');
    try {
      await work;
    } finally {
      progress.dispose();
    }
    const stats = idx.stats();
    if (cancelled) {
      stop(vscode.l10n.t('Indexing was cancelled after {0}: run Index Workspace Articles to go on', filesCount(stats.files)));
      log.info(`Workspace index: cancelled after ${plural(stats.files, 'file')}.`);
    } else {
      status.update();
      log.info(`Workspace index: ${plural(stats.files, 'file')}, ${plural(stats.claims, 'claim')} (${stats.analysed} analysed, ${stats.fromCache} from the cache, ${stats.failed} failed).`);
    }
    await idx.persist(!cancelled);
    const done = (k: 'analysed' | 'fromCache' | 'skipped' | 'failed') => stats[k] - start[k];
    return { ...stats, analysed: done('analysed'), fromCache: done('fromCache'), skipped: done('skipped'), failed: done('failed'), cancelled };
  };

  const close = async () => {
    const old = handle.current;
    stop();
    if (!old) return;
    await old.queue.idle();
    await old.persist(false);
    making = undefined;
    handle.current = undefined;
    old.dispose();
  };

  const onSetting = () => (vscode.workspace.workspaceFolders ?? []).filter((f) => workspaceIndexSettings(f.uri).index);
  const started = onSetting();
  if (started.length) void index(started);

  const api: WorkspaceIndexApi = {
    stats: () => handle.stats(),
    idle: async () => (await handle.current?.queue.idle()),
    cancel: () => cancelRun?.(),
    stop: () => stop(),
    statusText: () => status.shown(),
    cacheUri: () => storage && vscode.Uri.joinPath(storage, 'workspace-index'),
    close,
    reopen: async () => {
      const folders = [...watched.values()].map((w) => w.folder);
      if (!handle.current) return undefined;
      await close();
      return index(folders);
    },
  };

  return Object.assign(vscode.Disposable.from(
    status,
    handle,
    { dispose: () => stop() },
    registerCommand(COMMANDS.indexWorkspace, async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (!folders.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Claim Lens: open a folder to index its articles.'));
        return undefined;
      }
      return index(folders);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) {
        unwatch(f.uri);
        handle.current?.remove(f.uri);
      }
      const added = e.added.filter((f) => workspaceIndexSettings(f.uri).index);
      if (added.length) void index(added);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('claimLens.types') || e.affectsConfiguration('claimLens.confidence.minimum')) handle.current?.reshow();
      for (const f of vscode.workspace.workspaceFolders ?? []) {
        const on = watched.has(f.uri.toString());
        const affects = (k: string) => e.affectsConfiguration(`claimLens.${k}`, f.uri);
        if (affects('workspace.index')) {
          if (workspaceIndexSettings(f.uri).index && !on) void index([f]);
          else if (!workspaceIndexSettings(f.uri).index && on) {
            unwatch(f.uri);
            handle.current?.remove(f.uri);
            status.update();
          }
        } else if (on && ['workspace.include', 'workspace.exclude', 'languages', 'language', 'maxFileSize'].some(affects)) {
          // What is read, or how: the folder's list made again and every file looked at again (unchanged ones cost a stat).
          void index([f]);
        }
      }
    }),
  ), { handle, api });
}
