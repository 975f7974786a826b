import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mergeSidecars, parseSidecar, serializeSidecar, Sidecar } from '../core/verdicts';

/** `<article>.claims.json` beside the article. */
export function sidecarPath(articlePath: string): string {
  return `${articlePath}.claims.json`;
}

/** The article's verdicts: none yet, the sidecar, or why it cannot be used (it is then never overwritten). */
export function readSidecar(path: string): { sidecar: Sidecar } | { error: string } {
  if (!existsSync(path)) return { sidecar: { version: 1, records: [] } };
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    return { error: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const parsed = parseSidecar(json);
  return 'error' in parsed ? { error: `${path}: ${parsed.error}` } : parsed;
}

/**
 * Saves atomically (temporary file in the same folder, then rename) after
 * merging with what is on disk now, so that two writers lose nothing. Refuses
 * to touch a sidecar that cannot be read.
 */
export function saveSidecar(path: string, sidecar: Sidecar): { saved: Sidecar } | { error: string } {
  const current = readSidecar(path);
  if ('error' in current) return current;
  const merged = mergeSidecars(current.sidecar, sidecar);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(tmp, serializeSidecar(merged));
  renameSync(tmp, path);
  return { saved: merged };
}
