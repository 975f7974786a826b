import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/tempDir';
import { ROOT } from '../../support/root';

/** Invented articles for `claim-lens index` and `report`, and a way to run the built CLI. */

export const CLI = join(ROOT, 'dist', 'cli.js');
export const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

export const BRIDGE = 'We will build the new bridge before the winter floods reach the lower town, and every family there will be safe';

export const ARTICLES: Record<string, string> = {
  'a.news': `Mayor Elena Varga said the new bridge would open in the spring.\n\n“${BRIDGE},” Varga told reporters on Monday.\n`,
  'sub/b.txt': `The council met on Tuesday.\n\nVarga said the budget was balanced for the first time in a decade.\n\n“${BRIDGE},” the mayor said.\n`,
  'sub/deeper/c.md': 'Elena J. Varga, the mayor, said the harbour would be dredged next year.\n\nCouncillor Tomas Brandt said the plan was far too expensive for a town of this size.\n',
};

/** A folder of the articles, with files and folders the walk must leave out. */
export function corpus(): { dir: string; files: string[] } {
  const dir = tempDir('claim-lens-archive-');
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const skipped of ['node_modules/pkg/readme.md', '.git/notes.txt', 'dist/out.txt', '.hidden/x.news']) {
    mkdirSync(join(dir, skipped, '..'), { recursive: true });
    writeFileSync(join(dir, skipped), 'Officials said the plan would fail.\n');
  }
  writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  return { dir, files: Object.keys(ARTICLES).map((n) => join(dir, n)).sort() };
}

export const jsonLines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
