import { closeSync, fsyncSync, lstatSync, openSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { lock } from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import { formatBytes, readRegularFile } from './regularFile';

/**
 * Files several processes may save at once (verdict files: the CLI, the
 * tests, each window's desktop extension host), through node:fs: read only
 * when regular and within a limit, replaced under a lock file.
 */

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/** Bytes, none (no file), or why not: a FIFO or a link to /dev/zero placed in a folder would hang or fill the memory of whoever opens it. */
export function readLimited(path: string, maxBytes: number): Uint8Array | undefined | { error: string } {
  const read = readRegularFile(path, maxBytes);
  if ('missing' in read) return undefined;
  if ('tooLong' in read) return { error: `${path}: ${formatBytes(read.tooLong)} is over the size limit of ${formatBytes(maxBytes)}` };
  if ('error' in read) return { error: `${path}: ${read.error}` };
  return read.bytes;
}

/** The file a save really writes: the file itself, or the end of its symlink (the link stays a link). */
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
 * Replaces a file's content with what `next` makes of its current bytes,
 * for every writer on this machine: holds `<file>.lock` (proper-lockfile: a
 * folder, refreshed while held, taken over when left stale by a writer that
 * died) across reading, `next` and writing a temporary file that is flushed
 * and renamed over the file (write-file-atomic: a name unique to the process
 * and call, the file's mode and owner kept, the temporary removed if
 * anything fails), then flushes the folder. A symlinked file is written
 * through to its target. `next` may refuse (an error): nothing is written.
 */
export async function updateLocked(path: string, maxBytes: number, next: (current: Uint8Array | undefined) => { text: string } | { error: string }): Promise<{ written: true } | { error: string }> {
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
    const bytes = readLimited(file.path, maxBytes);
    if (bytes && 'error' in bytes) return bytes;
    const made = next(bytes);
    if ('error' in made) return made;
    await writeFileAtomic(file.path, made.text, { fsync: true });
    syncFolder(dirname(file.path));
    return compromised ? { error: `${path}: the lock was lost while saving (${compromised.message}); save again to be sure` } : { written: true };
  } catch (e) {
    return { error: `${path}: cannot write (${code(e)})` };
  } finally {
    await release().catch(() => undefined);
  }
}

/** File access by path with these two, for code that reads and saves through a FileAccess (src/review/verdicts/files.ts). */
export function lockedFiles(maxBytes: number) {
  return {
    name: (path: string) => path,
    read: async (path: string) => readLimited(path, maxBytes),
    update: (path: string, next: (current: Uint8Array | undefined) => { text: string } | { error: string }) => updateLocked(path, maxBytes, next),
  };
}
