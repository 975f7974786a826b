import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { formatBytes, readRegularFile } from '../../hosts/node/regularFile';

/**
 * The index file of `claim-lens index` (JSON Lines): one line per article,
 * `{"file","hash","engine","sentences","claims","lines"}`. Lines are only
 * ever appended; a line cut short by a crash (the file's last line, with no
 * newline and no valid JSON) is dropped on the next run; a line that cannot
 * be read elsewhere is kept as it is and ignored.
 */

/** The largest index read (a JavaScript string holds at most about 512 MiB). */
export const MAX_INDEX_BYTES = 512 * 1024 * 1024;

export interface IndexLine {
  file: string;
  hash: string;
  engine: string;
  /** The whole line, without its newline. */
  text: string;
}

export interface IndexContents {
  lines: IndexLine[];
  /** Lines that are not index lines (kept in the file, ignored): their numbers, from 1. */
  unreadable: number[];
  /** The torn last line's length in bytes, to drop; 0 when the file ends well. */
  torn: number;
  /** The last line is whole but has no newline: one is added before appending. */
  unended: boolean;
  /** The file's size in bytes. */
  size: number;
}

// The order index lines are written in: read without parsing the claims, so a large index is read fast.
const PREFIX = /^\{"file":("(?:[^"\\]|\\.)*"),"hash":"([0-9a-f]{64})","engine":("(?:[^"\\]|\\.)*"),"/;

/** The key part of a line, or undefined when it is no index line. */
export function readLine(text: string): IndexLine | undefined {
  const m = PREFIX.exec(text);
  if (m && text.endsWith('}')) {
    try {
      return { file: JSON.parse(m[1]), hash: m[2], engine: JSON.parse(m[3]), text };
    } catch { /* read whole below */ }
  }
  try {
    const o = JSON.parse(text);
    if (o && typeof o.file === 'string' && typeof o.hash === 'string' && typeof o.engine === 'string' && Array.isArray(o.claims)) return { file: o.file, hash: o.hash, engine: o.engine, text };
  } catch { /* not one */ }
  return undefined;
}

/** An index file's lines; an empty index when there is no file; or why it cannot be used (the caller names it). */
export function readIndex(path: string): IndexContents | { error: string } {
  const read = readRegularFile(path, MAX_INDEX_BYTES);
  if ('missing' in read) return { lines: [], unreadable: [], torn: 0, unended: false, size: 0 };
  if ('tooLong' in read) return { error: `${formatBytes(read.tooLong)} is over the ${formatBytes(MAX_INDEX_BYTES)} an index can hold: index into another file` };
  if ('error' in read) return read;
  const bytes = read.bytes;
  const text = bytes.toString('utf8');
  const parts = text.split('\n');
  const last = parts.pop() ?? '';
  const lines: IndexLine[] = [];
  const unreadable: number[] = [];
  parts.forEach((p, i) => {
    const line = readLine(p.replace(/\r$/, ''));
    if (line) lines.push(line);
    else if (p.trim()) unreadable.push(i + 1);
  });
  let torn = 0;
  let unended = false;
  if (last) {
    const line = readLine(last);
    if (line) {
      lines.push(line);
      unended = true;
    } else torn = Buffer.byteLength(last);
  }
  if (!lines.length && (unreadable.length || (torn && !looksLikeIndexStart(last)))) {
    return { error: 'is not a Claim Lens index (no line of it is one); not touched' };
  }
  return { lines, unreadable, torn, unended, size: bytes.length };
}

const looksLikeIndexStart = (s: string) => s.startsWith('{"file":');

/** Drops a torn last line (from a run that was stopped while writing it), by cutting the file at its last newline. */
export function dropTorn(path: string, contents: IndexContents): void {
  if (!contents.torn) return;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, contents.size - contents.torn);
  } finally {
    closeSync(fd);
  }
}

/** An index line, keys first (in PREFIX's order), then the analysis. */
export function indexLine(file: string, hash: string, engine: string, body: string): string {
  return `{"file":${JSON.stringify(file)},"hash":"${hash}","engine":${JSON.stringify(engine)},${body}}`;
}

/** The analysis part of a line (for a file whose bytes another file of the index already has). */
export function bodyOf(line: IndexLine): string {
  const start = line.text.indexOf('"sentences":');
  if (start > 0) return line.text.slice(start, -1);
  const o = JSON.parse(line.text);
  return `"sentences":${Number(o.sentences) || 0},"claims":${JSON.stringify(o.claims)},"lines":${JSON.stringify(Array.isArray(o.lines) ? o.lines : [])}`;
}
