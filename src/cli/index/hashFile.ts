import { createHash } from 'node:crypto';
import { readRegularFile } from '../../hosts/node/regularFile';
import { readArticle } from '../readArticle';

/**
 * The SHA-256 of a file's bytes (hex), read as articles are (a regular file,
 * within --max-size); or why it cannot be read, in extract's words.
 */
export function hashFile(file: string, maxBytes: number): { hash: string } | { error: string } {
  const read = readRegularFile(file, maxBytes);
  if ('bytes' in read) return { hash: sha256(read.bytes) };
  const why = readArticle(file, maxBytes);
  return { error: `${file}: ${'error' in why ? why.error : 'cannot read'}` };
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
