import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads an article as UTF-8 text, or explains in one sentence why it cannot. */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): { text: string } | { error: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { error: `${path}: is a directory, not an article` };
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})` };
  }
  if (size > maxBytes) return { error: `${path}: ${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (raise it with --max-size)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { error: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: `${path}: looks like a binary file (it contains NUL bytes), not text` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text };
  } catch {
    return { error: `${path}: is not valid UTF-8 text` };
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
