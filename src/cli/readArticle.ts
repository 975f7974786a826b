import { DEFAULT_MAX_LENGTH } from '../engine/index';
import { formatBytes, readRegularFile } from '../hosts/node/regularFile';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * No file longer than this decodes to DEFAULT_MAX_LENGTH UTF-16 code units or
 * fewer (UTF-8 spends at most 3 bytes on one, UTF-16 2; a BOM 3 at most), so
 * it is never read, whatever --max-size says.
 */
const ENGINE_BYTES = 3 * DEFAULT_MAX_LENGTH + 3;
const LIMIT = DEFAULT_MAX_LENGTH.toLocaleString('en');

export type Read = { text: string; bytes?: Buffer } | { error: string };

/**
 * Reads an article (a regular file of UTF-8, or UTF-16 with a BOM) that the
 * engine can take, or says in one phrase why it cannot; the caller names the
 * file. Nothing but regular files is read, and never more than the limit.
 */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): Read {
  const read = readRegularFile(path, Math.min(maxBytes, ENGINE_BYTES));
  if ('missing' in read) return { error: 'no such file' };
  if ('tooLong' in read) return { error: `${read.grew ? 'grew while being read: ' : ''}${sizeError(read.tooLong, maxBytes)}` };
  if ('error' in read) return read;
  return decode(read.bytes);
}

function sizeError(size: number, maxBytes: number): string {
  if (size > maxBytes) return `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (raise it with --max-size)`;
  return `${formatBytes(size)} is over the engine's limit of ${LIMIT} characters (a file this size holds more)`;
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
  // The bytes the text was decoded from: claim-lens index hashes the very bytes it analysed.
  return { text, bytes };
}
