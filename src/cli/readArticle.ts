import { closeSync, constants, fstatSync, openSync, readSync, statSync, Stats } from 'node:fs';
import { DEFAULT_MAX_LENGTH } from '../core/analyze';
import { codeOf, reasonOf } from './messages';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * No file longer than this decodes to DEFAULT_MAX_LENGTH UTF-16 code units or
 * fewer (UTF-8 spends at most 3 bytes on one, UTF-16 2; a BOM 3 at most), so
 * it is never read, whatever --max-size says.
 */
const ENGINE_BYTES = 3 * DEFAULT_MAX_LENGTH + 3;
const CHUNK = 64 * 1024;
const LIMIT = DEFAULT_MAX_LENGTH.toLocaleString('en');

export type Read = { text: string } | { error: string };

/**
 * Reads an article (a regular file of UTF-8, or UTF-16 with a BOM) that the
 * engine can take, or says in one phrase why it cannot; the caller names the
 * file. Nothing but regular files is read, and never more than the limit.
 */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): Read {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer (fstat then refuses it); regular files ignore it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return { error: codeOf(e) === 'ENOENT' ? 'no such file' : `cannot read (${reasonOf(e)})` };
  }
  try {
    const read = readBounded(fd, maxBytes);
    return 'error' in read ? read : decode(read.bytes);
  } catch (e) {
    return { error: `cannot read (${reasonOf(e)})` };
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a regular file, read through its descriptor in chunks up to the limit: its size can change after fstat. */
function readBounded(fd: number, maxBytes: number): { bytes: Buffer } | { error: string } {
  const st = fstatSync(fd);
  const special = notRegular(st);
  if (special) return { error: special };
  const tooLong = sizeError(st.size, maxBytes);
  if (tooLong) return { error: tooLong };
  const limit = Math.min(maxBytes, ENGINE_BYTES);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return { error: `grew while being read: ${sizeError(total, maxBytes)}` };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function sizeError(size: number, maxBytes: number): string | undefined {
  if (size > maxBytes) return `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (raise it with --max-size)`;
  if (size > ENGINE_BYTES) return `${formatBytes(size)} is over the engine's limit of ${LIMIT} characters (a file this size holds more)`;
  return undefined;
}

/** Why a file that exists is no regular file to read (a folder, a FIFO, a device), or undefined when it is one. */
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

const BINARY = { error: 'looks like a binary file (it contains NUL bytes), not text' };

/** UTF-16 by its BOM (LE or BE), UTF-8 otherwise; the BOM is not part of the text. */
function decode(bytes: Buffer): Read {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return BINARY;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `is not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text` };
  }
  if (utf16 && text.includes('\0')) return BINARY;
  if (text.length > DEFAULT_MAX_LENGTH) return { error: `${text.length.toLocaleString('en')} characters, over the engine's limit of ${LIMIT}` };
  return { text };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
