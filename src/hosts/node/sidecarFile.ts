import { closeSync, fsyncSync, lstatSync, openSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { lock } from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import { decodeSidecar, mergeWithFile, serializeSidecar, Sidecar } from '../../review/verdicts/index';
import { formatBytes, readRegularFile } from './regularFile';

/** `<article>.claims.json` beside the article. */
export function sidecarPath(articlePath: string): string {
  return `${articlePath}.claims.json`;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/** Verdict files longer than this are refused, unread: thousands of verdicts take a few megabytes. */
const MAX_SIDECAR_BYTES = 64 * 1024 * 1024;

/**
 * A verdict file's bytes, none, or why not: a regular file only (a FIFO or a
 * link to /dev/zero placed beside an article would hang or fill the memory of
 * whoever opens the folder), and never more than MAX_SIDECAR_BYTES.
 */
function readBytes(path: string): Uint8Array | undefined | { error: string } {
  const read = readRegularFile(path, MAX_SIDECAR_BYTES);
  if ('missing' in read) return undefined;
  if ('tooLong' in read) return { error: `${path}: ${formatBytes(read.tooLong)} is over the size limit of verdict files (${formatBytes(MAX_SIDECAR_BYTES)})` };
  if ('error' in read) return { error: `${path}: ${read.error}` };
  return read.bytes;
}

/** The article's verdicts: none yet, the file's (UTF-8, a byte order mark is fine), or why it cannot be used (it is then never overwritten). */
export function readSidecar(path: string): { sidecar: Sidecar } | { error: string } {
  const bytes = readBytes(path);
  if (!bytes) return { sidecar: { version: 1, records: [] } };
  if ('error' in bytes) return bytes;
  const parsed = decodeSidecar(bytes);
  return 'error' in parsed ? { error: `${path}: ${parsed.error}` } : parsed;
}

/** The file a save really writes: the sidecar itself, or the end of its symlink (the link stays a link). */
function target(path: string): { path: string } | { error: string } {
  try {
    return { path: realpathSync(path) };
  } catch (e) {
    if (code(e) !== 'ENOENT') return { error: `${path}: cannot resolve (${code(e)})` };
  }
  try {
    if (lstatSync(path).isSymbolicLink()) return { error: `${path}: a symbolic link to a file that does not exist; not written` };
  } catch { /* no file yet */ }
  return { path };
}

/** Makes a rename durable: flushes the folder that holds the file (where the system allows it). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch { /* not possible here (Windows): the rename stands */ } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** How long a save waits for another writer (15 to 30 s, backing off), and when a lock is left over from a writer that died (not refreshed for 10 s). */
const LOCK = { stale: 10_000, retries: { retries: 80, factor: 1.3, minTimeout: 5, maxTimeout: 200, randomize: true } };

/**
 * Saves a verdict file for every writer on this machine (the CLI, the tests,
 * each window's extension host): holds `<file>.lock` (proper-lockfile: a
 * folder, refreshed while held, taken over when left stale by a writer that
 * died) across reading what is on disk, merging, and writing a temporary file
 * that is flushed and renamed over the file (write-file-atomic: a name unique
 * to the process and call, the file's mode and owner kept, the temporary
 * removed if anything fails), then flushes the folder. A symlinked file is
 * written through to its target. A file that cannot be read (not UTF-8, not a
 * verdict file) is never rewritten.
 */
export async function saveSidecar(path: string, sidecar: Sidecar): Promise<{ saved: Sidecar } | { error: string }> {
  const file = target(path);
  if ('error' in file) return file;
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lock(file.path, { ...LOCK, realpath: false, lockfilePath: `${file.path}.lock`, onCompromised: (e) => { compromised = e; } });
  } catch (e) {
    return { error: `${path}: ${code(e) === 'ELOCKED' ? `another program is saving it (${file.path}.lock); try again` : `cannot lock (${code(e)})`}` };
  }
  try {
    const bytes = readBytes(file.path);
    if (bytes && 'error' in bytes) return bytes;
    const merged = mergeWithFile(bytes, sidecar);
    if ('error' in merged) return { error: `${path}: ${merged.error}` };
    await writeFileAtomic(file.path, serializeSidecar(merged.merged), { fsync: true });
    syncFolder(dirname(file.path));
    return compromised ? { error: `${path}: the lock was lost while saving (${compromised.message}); save again to be sure` } : { saved: merged.merged };
  } catch (e) {
    return { error: `${path}: cannot write (${code(e)})` };
  } finally {
    await release().catch(() => undefined);
  }
}
