// The folder both VS Code hosts open for the tests: the samples (with their
// .vscode settings) and the seed article, copied into a temporary folder
// (never into the repository).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HARNESS } from './install.mjs';

export const ROOT = resolve(HARNESS, '..', '..');
export const SEED = resolve(ROOT, '..', 'shared', 'corpora', 'seed', 'iran-mek-rally-france.txt');

export function testWorkspace() {
  if (!existsSync(SEED)) throw new Error(`the seed article is missing: ${SEED}`);
  const dir = mkdtempSync(join(tmpdir(), 'claim-lens-workspace-'));
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  copyFileSync(SEED, join(dir, 'iran-mek-rally-france.txt'));
  return dir;
}

/** The claims of an article the editor shows (types other than `other`), as the built command line finds them: what the UI checks expect to see. */
export function shownClaims(file) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', '--format', 'json', file], { encoding: 'utf8' });
  return JSON.parse(r.stdout).claims.filter((c) => c.type !== 'other');
}
