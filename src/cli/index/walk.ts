import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, EXCLUDED_FOLDERS } from '../../review/corpus/articleFiles';
import { reasonOf } from '../messages';

/**
 * The article files of the paths given to `index` and `report`: a file is
 * taken as it is (whatever its extension); a folder is walked for the files
 * of the languages Claim Lens analyses (plain text, Markdown, news), leaving
 * out dependency, build and hidden folders, as the extension's workspace
 * index does by default (the lists are src/review/corpus/articleFiles.ts).
 */

export interface Walked {
  /** The files, in the order given and, within a folder, sorted by path. */
  files: string[];
  /** Paths that could not be walked, with why (one phrase each; the caller names the path). */
  problems: { path: string; reason: string }[];
}

const isArticle = (name: string) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.endsWith('.claims.json');
const excluded = (name: string) => name.startsWith('.') || EXCLUDED_FOLDERS.includes(name);

export function walkPaths(paths: string[]): Walked {
  const files: string[] = [];
  const problems: Walked['problems'] = [];
  const seen = new Set<string>();
  const take = (file: string) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch { /* reported when read */ }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: `cannot read the folder (${reasonOf(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!excluded(e.name)) walk(path);
      } else if (e.isFile()) {
        if (isArticle(e.name)) take(path);
      } else if (e.isSymbolicLink() && isArticle(e.name)) {
        // A link to an article is read as the article (a link to a folder is not followed: no cycles).
        take(path);
      }
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing or unreadable file: reading it says why, as extract does.
      take(path);
      continue;
    }
    if (!isDir) {
      take(path);
      continue;
    }
    const before = files.length;
    walk(path);
    if (files.length === before) problems.push({ path, reason: `no article files in it (${ARTICLE_EXTENSIONS.join(' ')})` });
  }
  return { files, problems };
}
