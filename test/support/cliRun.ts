import assert from 'node:assert/strict';
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as freshDir } from './tempDir';
import { ROOT } from './root';

/** The built command line, as users run it. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** An article with two claims (an emoji makes code points and UTF-16 offsets differ). */
export const ARTICLE = 'Mayor Elena Varga said the plan would protect every neighbourhood. 😀 “It will,” she said.\n';
/** An article with one claim. */
export const ONE_CLAIM = 'Mayor Elena Varga said the plan would work.\n';

/**
 * Runs the CLI with a time limit, so that a hang fails the test instead of
 * blocking the suite (a killed run has `status` null and `signal` set).
 */
export function run(args: string[], options: { cwd?: string; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd, timeout: options.timeout ?? 20_000 });
}

/** A new temporary folder with `files` (name → content) in it. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = freshDir('claim-lens-cli-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/**
 * What a user may see on stderr: lines of the CLI's own (`claim-lens: …`,
 * or the usage text after one), never a stack trace or Node's own report.
 */
export function assertCleanStderr(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at |node:internal|Node\.js v\d|throw |Error:/m, `a stack trace reached the user:\n${stderr}`);
  const lines = stderr.split('\n').filter((l) => l !== '');
  const usageAt = lines.findIndex((l) => l.startsWith('Usage: '));
  for (const line of usageAt < 0 ? lines : lines.slice(0, usageAt)) assert.match(line, /^claim-lens: /, `not a message of the CLI's: ${line}`);
}
