import { mkdirSync, statSync, Stats } from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { codeOf, reasonOf } from './messages';

/**
 * Makes the folder `dir` and the missing folders above it, one at a time
 * (mkdirSync's recursive mode never returns under /proc), or says why it
 * cannot: a file in the way, or what the system said.
 */
export function makeFolder(dir: string): string | undefined {
  const spelled = (p: string) => (isAbsolute(dir) ? p : relative(process.cwd(), p) || '.');
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let st: Stats;
    try {
      st = statSync(at);
    } catch (e) {
      const up = dirname(at);
      if ((codeOf(e) !== 'ENOENT' && codeOf(e) !== 'ENOTDIR') || up === at) return `cannot use ${spelled(at)} (${reasonOf(e)})`;
      missing.unshift(at);
      at = up;
      continue;
    }
    if (st.isDirectory()) break;
    return missing.length ? `${spelled(at)} is a file, not a folder` : 'is a file, not a folder';
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if (codeOf(e) !== 'EEXIST') return `cannot create ${spelled(d)} (${reasonOf(e)})`;
    }
  }
  return undefined;
}

/** The deepest folder that holds every one of `files`. */
function commonFolder(files: string[]): string {
  const [first, ...rest] = files.map((f) => dirname(resolve(f)).split(sep));
  let n = first.length;
  for (const d of rest) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** A file's identity after symbolic links: the same file however its path is spelled (hard links too). */
function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where the outputs of a run go under --out-dir, and the guard that keeps an
 * output from replacing an input, a verdict file or another output of the
 * same run. Each input's path is mirrored from the folder the inputs share:
 * `a/story.news` and `b/story.news` give `OUT/a/story.json` and `OUT/b/story.json`.
 */
export class OutputPlan {
  private readonly common: string;
  /** Identity → what the file is, for the files no output may replace. */
  private readonly kept = new Map<string, string>();

  constructor(private readonly outDir: string, files: string[], private readonly extension: string, verdictFile?: (file: string) => string) {
    this.common = commonFolder(files);
    for (const f of files) this.keep(f, `the input ${f}`);
    if (verdictFile) for (const f of files) this.keep(verdictFile(f), `the verdict file ${verdictFile(f)}`);
  }

  private keep(path: string, what: string): void {
    const st = statOf(path);
    if (st && !this.kept.has(identity(st))) this.kept.set(identity(st), what);
  }

  target(file: string): string {
    const { dir, name } = parse(relative(this.common, resolve(file)));
    return join(this.outDir, dir, `${name}.${this.extension}`);
  }

  /** Why `target` must not be written, or undefined when it may (its folder is then made). */
  refusal(target: string): string | undefined {
    if (target.endsWith('.claims.json')) return `its output ${target} would be taken for a verdict file`;
    const folder = makeFolder(dirname(target));
    if (folder) return `its folder ${dirname(target)}: ${folder}`;
    const st = statOf(target);
    if (!st) return undefined;
    if (!st.isFile()) return `its output ${target} is not a regular file`;
    const what = this.kept.get(identity(st));
    return what ? `its output ${target} is ${what}` : undefined;
  }

  /** Once written, an output is kept from the rest of the run's outputs. */
  wrote(file: string, target: string): void {
    this.keep(target, `the output of ${file}`);
  }
}
