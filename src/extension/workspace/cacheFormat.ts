import type { Claim } from '../../engine/index';
import { articleFrom } from '../../review/corpus/articleClaims';

/**
 * The workspace index's cache, as data (no vscode import: unit tests read
 * it). In workspace storage, `workspace-index/`:
 * - `manifest.json`: the engine version, and for each article file its
 *   content hash, size and modification time (a file whose size and time are
 *   unchanged is not read again on reopening);
 * - `<engine>/<hash>.<variant>.json`: the claims of the bytes of that hash,
 *   read that way (format, language setting), by that engine. A file of the
 *   same bytes elsewhere shares the entry; a new engine (code revision or
 *   models) reads from a new folder, and the old ones are deleted.
 * Everything read is checked: a cache file that is not what it should be is
 * discarded (the caller logs why), never trusted and never a crash.
 */

export const MANIFEST_FORMAT = 1;

/** What the index knows of a file: its bytes' hash, and the size and time they had. */
export interface FileState {
  hash: string;
  size: number;
  mtime: number;
  /** How it was read (variantOf). */
  variant: string;
}

export interface Manifest {
  engine: string;
  files: Map<string, FileState>;
}

/** An article as cached: its claims (every type), the line and column (from 1) of each claim's cue; or why it was not analysed. */
export type CachedArticle = { claims: Claim[]; lines: number[]; columns: number[] } | { skipped: string };

/** What decides an article's claims besides its bytes and the engine: its format (Markdown and HTML read as prose) and claimLens.language. */
export function variantOf(format: string, language: string): string {
  return `${format}-${language}`;
}

/** The folder of an engine version's entries: its version as a safe file name. */
export function engineFolder(engine: string): string {
  return `engine-${engine.replace(/[^A-Za-z0-9.+-]/g, '_')}`;
}

/** The entry file of an article's bytes read this way (in engineFolder). */
export function entryName(hash: string, variant: string): string {
  return `${hash}.${variant.replace(/[^A-Za-z0-9-]/g, '_')}.json`;
}

/** Whether a file's size and modification time are those the index last read its bytes at (then its hash stands). */
export function isUnchanged(known: FileState | undefined, stat: { size: number; mtime: number }, variant: string): boolean {
  return !!known && known.size === stat.size && known.mtime === stat.mtime && known.variant === variant;
}

const HEX = /^[0-9a-f]{16,128}$/;

function fileState(v: unknown): FileState | undefined {
  const f = v as Partial<FileState> | null;
  if (!f || typeof f !== 'object') return undefined;
  if (typeof f.hash !== 'string' || !HEX.test(f.hash) || typeof f.variant !== 'string') return undefined;
  if (!Number.isFinite(f.size) || !Number.isFinite(f.mtime)) return undefined;
  return { hash: f.hash, size: f.size!, mtime: f.mtime!, variant: f.variant };
}

/**
 * The manifest in a file's text, for this engine; or why it is discarded:
 * not JSON, not a manifest, or made by another engine (whose entries a new
 * engine must not use). A file's record that does not read is dropped alone
 * (the file is read and hashed again).
 */
export function readManifest(text: string, engine: string): { manifest: Manifest; dropped: number } | { discard: string } {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { discard: 'it is not JSON (cut short, or written over)' };
  }
  const m = o as { format?: unknown; engine?: unknown; files?: unknown } | null;
  if (!m || typeof m !== 'object' || m.format !== MANIFEST_FORMAT || typeof m.engine !== 'string' || !m.files || typeof m.files !== 'object' || Array.isArray(m.files)) {
    return { discard: 'it is not a workspace index manifest of this version' };
  }
  if (m.engine !== engine) return { discard: `it was made by engine ${m.engine}; this is ${engine}` };
  const files = new Map<string, FileState>();
  let dropped = 0;
  for (const [uri, v] of Object.entries(m.files as Record<string, unknown>)) {
    const f = fileState(v);
    if (f) files.set(uri, f);
    else dropped++;
  }
  return { manifest: { engine, files }, dropped };
}

export function manifestText(m: Manifest): string {
  return JSON.stringify({ format: MANIFEST_FORMAT, engine: m.engine, files: Object.fromEntries(m.files) });
}

/** The claims of an article's text (lines and columns from 1, as lineIndex gives them), for an entry. */
export function entryText(a: CachedArticle): string {
  return JSON.stringify(a);
}

/** An entry's article; or why it is discarded (not JSON, not an entry, a claim that does not read, lines that do not match). */
export function readEntry(text: string): CachedArticle | { discard: string } {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { discard: 'it is not JSON (cut short, or written over)' };
  }
  const skipped = (o as { skipped?: unknown } | null)?.skipped;
  if (typeof skipped === 'string') return { skipped };
  const read = articleFrom('', o);
  const columns = (o as { columns?: unknown }).columns;
  if (!read || !Array.isArray(columns)) return { discard: 'it is not a cached article' };
  if (read.dropped) return { discard: `${read.dropped} of its claims cannot be read` };
  const { claims, lines } = read.article;
  if (lines.length !== claims.length || columns.length !== claims.length || lines.some((l) => l < 1) || !columns.every((c) => Number.isSafeInteger(c) && c >= 1)) {
    return { discard: 'its lines do not match its claims' };
  }
  return { claims, lines, columns: columns as number[] };
}

/** The SHA-256 of a file's bytes, in hex (the hash `claim-lens index` writes too). */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
