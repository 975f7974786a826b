import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's root folder, wherever the bundled test runs from (out/unit/…): the nearest folder up with Claim Lens's package.json. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'claim-lens') return dir;
    if (dirname(dir) === dir) throw new Error(`no Claim Lens package.json above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
