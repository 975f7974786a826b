import * as vscode from 'vscode';
import { writeAtomically } from '../atomicWrite';
import { timed } from '../timing';
import { INDEX_SLICE } from './analyseArticle';
import { type CachedArticle, engineFolder, entryName, entryText, type FileState, manifestText, readEntry, readManifest } from './cacheFormat';

const encoder = new TextEncoder();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The manifest is written this long after the last change to it (and when indexing ends). */
const MANIFEST_DELAY_MS = 2_000;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
const readManifestTimed = timed(INDEX_SLICE, readManifest);
const readEntryTimed = timed(INDEX_SLICE, readEntry);
const entryTextTimed = timed(INDEX_SLICE, entryText);

/**
 * The workspace index's cache in workspace storage (cacheFormat.ts says what
 * is in it), read and written through VS Code's file system. Files are
 * written to a temporary name and renamed over; a cache file that cannot be
 * read or is not what it should be is discarded with a line in the log, and
 * the article is read and analysed again. Without workspace storage (no
 * folder open) nothing is kept.
 */
export class IndexCache implements vscode.Disposable {
  private files = new Map<string, FileState>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly root: vscode.Uri | undefined;
  private readonly folder: vscode.Uri | undefined;

  constructor(storage: vscode.Uri | undefined, private readonly engine: string, private readonly log: vscode.LogOutputChannel) {
    this.root = storage && vscode.Uri.joinPath(storage, 'workspace-index');
    this.folder = this.root && vscode.Uri.joinPath(this.root, engineFolder(engine));
  }

  private get manifestUri(): vscode.Uri | undefined {
    return this.root && vscode.Uri.joinPath(this.root, 'manifest.json');
  }

  /** Reads the manifest (none, or one discarded, is an empty cache) and deletes what other engines left. */
  async open(): Promise<void> {
    const uri = this.manifestUri;
    if (!uri) return;
    const text = await this.readText(uri);
    if (text !== undefined) {
      const read = readManifestTimed(text, this.engine);
      if ('discard' in read) {
        this.log.warn(`Workspace index: the cache's manifest was discarded (${read.discard}); the articles are read again.`);
      } else {
        this.files = read.manifest.files;
        if (read.dropped) this.log.warn(`Workspace index: ${read.dropped} records of the cache's manifest could not be read; those articles are read again.`);
      }
    }
    await this.dropOtherEngines();
  }

  /** What the cache knows of a file (by its URI). */
  known(uri: string): FileState | undefined {
    return this.files.get(uri);
  }

  /** The URIs the manifest holds. */
  knownFiles(): string[] {
    return [...this.files.keys()];
  }

  /** The cached article of these bytes read this way; undefined when there is none, or the entry was discarded. */
  async load(hash: string, variant: string): Promise<CachedArticle | undefined> {
    if (!this.folder) return undefined;
    const uri = vscode.Uri.joinPath(this.folder, entryName(hash, variant));
    const text = await this.readText(uri);
    if (text === undefined) return undefined;
    const read = readEntryTimed(text);
    if (!('discard' in read)) return read;
    this.log.warn(`Workspace index: the cache entry ${entryName(hash, variant)} was discarded (${read.discard}); its article is analysed again.`);
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    return undefined;
  }

  /** Keeps an article's analysis; a failure is logged (the article is analysed again next time). */
  async save(hash: string, variant: string, article: CachedArticle): Promise<void> {
    if (!this.folder) return;
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await writeAtomically(vscode.Uri.joinPath(this.folder, entryName(hash, variant)), encoder.encode(entryTextTimed(article)));
    } catch (e) {
      this.log.warn(`Workspace index: could not keep an article's claims in the cache (${reason(e)}).`);
    }
  }

  /** Records (or, with undefined, forgets) a file's state; the manifest is written a little later. */
  record(uri: string, state: FileState | undefined): void {
    if (state) this.files.set(uri, state);
    else if (!this.files.delete(uri)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), MANIFEST_DELAY_MS);
  }

  /** Writes the manifest now (after any write in progress). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const uri = this.manifestUri;
    if (!uri || !this.root) return this.writing;
    const root = this.root;
    const text = timed(INDEX_SLICE, () => manifestText({ engine: this.engine, files: this.files }))();
    this.writing = this.writing.then(async () => {
      try {
        await vscode.workspace.fs.createDirectory(root);
        await writeAtomically(uri, encoder.encode(text));
      } catch (e) {
        this.log.warn(`Workspace index: could not write the cache's manifest (${reason(e)}).`);
      }
    });
    return this.writing;
  }

  /** Deletes the entries no file of the manifest uses any more (changed or deleted articles). */
  async prune(): Promise<void> {
    if (!this.folder) return;
    const used = new Set([...this.files.values()].map((f) => entryName(f.hash, f.variant)));
    let names: [string, vscode.FileType][];
    try {
      names = await vscode.workspace.fs.readDirectory(this.folder);
    } catch {
      return;
    }
    const folder = this.folder;
    const stale = names.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json') && !used.has(name));
    await Promise.all(stale.map(([name]) => vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name)).then(undefined, () => undefined)));
  }

  private async dropOtherEngines(): Promise<void> {
    if (!this.root) return;
    const mine = engineFolder(this.engine);
    let names: [string, vscode.FileType][];
    try {
      await vscode.workspace.fs.createDirectory(this.root);
      names = await vscode.workspace.fs.readDirectory(this.root);
    } catch {
      return;
    }
    for (const [name, type] of names) {
      if (type !== vscode.FileType.Directory || !name.startsWith('engine-') || name === mine) continue;
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.root, name), { recursive: true }).then(
        () => this.log.info(`Workspace index: removed the cache of another engine version (${name}).`),
        (e: unknown) => this.log.warn(`Workspace index: could not remove the cache of another engine version (${name}: ${reason(e)}).`),
      );
    }
  }

  /** A cache file's text; undefined when it is missing or cannot be read (said in the log). */
  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return timed(INDEX_SLICE, decode)(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.log.warn(`Workspace index: could not read ${uri.path.split('/').pop()} from the cache (${reason(e)}).`);
      return undefined;
    }
  }

  dispose(): void {
    if (this.timer) void this.flush();
  }
}
