import { closeSync, constants, fstatSync, openSync, readSync, statSync, Stats } from 'node:fs';

/**
 * Reading a file someone else may have placed: only a regular file, and never
 * more than a limit. A FIFO would never return, `/dev/zero` never end, and a
 * symbolic link can point at either; a regular file can grow between the
 * size check and the read. Used for articles (the CLI) and verdict files (the
 * CLI, the tests and the desktop extension host).
 */
export type Bounded = { bytes: Buffer } | { missing: true } | { tooLong: number; grew: boolean } | { error: string };

const CHUNK = 64 * 1024;

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

/** A system error in a few words: "permission denied, EACCES", or its code. */
export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const described = /^[A-Z0-9_]+: ([^,]+)/.exec(err?.message ?? '');
  if (err?.code && described) return `${described[1]}, ${err.code}`;
  return err?.code ?? String(err?.message ?? e);
}

/** The bytes of a regular file of at most `maxBytes`; or that there is none; or its size when it is longer (read no further); or why it cannot be read (one phrase; the caller names the file). */
export function readRegularFile(path: string, maxBytes: number): Bounded {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer (fstat then refuses it); regular files ignore it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? { missing: true } : { error: `cannot read (${reasonOf(e)})` };
  }
  try {
    const st = fstatSync(fd);
    const special = notRegular(st);
    if (special) return { error: special };
    if (st.size > maxBytes) return { tooLong: st.size, grew: false };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLong: total, grew: true };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { error: `cannot read (${reasonOf(e)})` };
  } finally {
    closeSync(fd);
  }
}

/** Why a file that exists is no regular file to read (a folder, a FIFO, a device), or undefined when it is one (or is not there). */
export function notRegular(file: string | Stats): string | undefined {
  let st: Stats;
  try {
    st = typeof file === 'string' ? statSync(file) : file;
  } catch {
    return undefined;
  }
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'is a directory, not a file';
  const kind = st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'a special file';
  return `is not a regular file (${kind})`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
