import { closeSync, fsyncSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { lock } from 'proper-lockfile';
import { loadModelsLazily } from '../../hosts/node/loadEngine';
import { notRegular } from '../../hosts/node/regularFile';
import { EXIT, plural, reasonOf, say } from '../messages';
import { makeFolder } from '../outputs';
import type { AnalyseRequest } from './analyseFile';
import type { IndexOptions } from './args';
import { hashFile } from './hashFile';
import { bodyOf, dropTorn, indexLine, type IndexLine, readIndex } from './indexFile';
import { analyseAll, startWorkers } from './pool';
import { Progress } from './progress';
import { walkPaths } from './walk';

const key = (file: string, hash: string, engine: string) => `${file}\0${hash}\0${engine}`;

/**
 * `claim-lens index PATH... --out FILE.jsonl`: one line per article in FILE,
 * appended; an article already there with the same bytes and engine is
 * skipped, one whose bytes another file there has is copied from it, the rest
 * are analysed on --jobs threads.
 */
export async function indexCommand(o: IndexOptions): Promise<number> {
  const { files, problems } = walkPaths(o.paths);
  const unusable = outProblem(o.out, files);
  if (unusable) {
    say(`--out ${o.out}: ${unusable}`);
    return EXIT.usage;
  }
  const folder = makeFolder(dirname(o.out));
  if (folder) {
    say(`--out ${o.out}: its folder ${dirname(o.out)}: ${folder}`);
    return EXIT.usage;
  }
  let release: () => Promise<void>;
  try {
    release = await lock(o.out, { realpath: false, lockfilePath: `${o.out}.lock`, stale: 10_000, retries: 0, onCompromised: () => undefined });
  } catch (e) {
    say(`--out ${o.out}: ${(e as NodeJS.ErrnoException).code === 'ELOCKED' ? `another claim-lens index is writing it (${o.out}.lock)` : `cannot lock it (${reasonOf(e)})`}`);
    return EXIT.usage;
  }
  try {
    return await indexLocked(o, files, problems);
  } finally {
    await release().catch(() => undefined);
  }
}

async function indexLocked(o: IndexOptions, files: string[], problems: { path: string; reason: string }[]): Promise<number> {
  const contents = readIndex(o.out);
  if ('error' in contents) {
    say(`--out ${o.out}: ${contents.error}`);
    return EXIT.usage;
  }
  const progress = new Progress(files.length, 'articles');
  let failed = problems.length;
  for (const p of problems) progress.say(`${p.path}: ${p.reason}`);
  if (contents.torn) progress.say(`${o.out}: dropped its last line, cut short (${plural(contents.torn, 'byte')}; a run was stopped while writing it)`);
  if (contents.unreadable.length) progress.say(`${o.out}: ${plural(contents.unreadable.length, 'line')} (${contents.unreadable.slice(0, 5).join(', ')}${contents.unreadable.length > 5 ? ', …' : ''}) not read as index lines: kept, ignored`);
  const models = loadModelsLazily();
  const engine = models.version;
  const have = new Set(contents.lines.map((l) => key(l.file, l.hash, l.engine)));
  const byHash = new Map<string, IndexLine>();
  for (const l of contents.lines) if (l.engine === engine) byHash.set(l.hash, l);

  let fd: number;
  try {
    dropTorn(o.out, contents);
    fd = openSync(o.out, 'a');
  } catch (e) {
    say(`--out ${o.out}: cannot write (${reasonOf(e)})`);
    return EXIT.usage;
  }
  let writeError: string | undefined;
  const append = (line: string) => {
    if (writeError) return false;
    try {
      writeSync(fd, `${line}\n`);
      return true;
    } catch (e) {
      writeError = reasonOf(e);
      say(`${o.out}: cannot write (${writeError}); stopped`);
      return false;
    }
  };
  if (contents.unended) append('');
  const counts = { skipped: 0, copied: 0, analysed: 0 };
  // The workers load their models while this thread hashes the files (ended at once if there is nothing for them).
  const started = startWorkers(Math.min(o.jobs - 1, files.length - 1));
  const requests: AnalyseRequest[] = [];
  for (const file of files) {
    const h = hashFile(file, o.maxBytes);
    if ('error' in h) {
      progress.say(h.error);
      failed++;
      progress.step();
      continue;
    }
    const known = byHash.get(h.hash);
    if (have.has(key(file, h.hash, engine))) counts.skipped++;
    else if (known) {
      if (append(indexLine(file, h.hash, engine, bodyOf(known)))) counts.copied++;
      have.add(key(file, h.hash, engine));
    } else {
      requests.push({ file, maxBytes: o.maxBytes, language: o.language });
      continue;
    }
    progress.step();
  }
  await analyseAll(requests, started, models.engine, (r, a) => {
    progress.step();
    if ('error' in a) {
      progress.say(a.error);
      failed++;
      return;
    }
    if (a.note) progress.say(a.note);
    if (append(indexLine(r.file, a.hash, engine, a.body))) counts.analysed++;
    else failed++;
  });
  try {
    fsyncSync(fd);
  } catch { /* not every file system flushes; the lines are written */ }
  closeSync(fd);
  progress.clear();
  if (progress.shown) say(`${o.out}: ${plural(files.length, 'article')}: ${counts.analysed} analysed, ${counts.skipped} already indexed, ${counts.copied} copied from a file of the same bytes${failed ? `, ${failed} failed` : ''}`);
  return failed || writeError ? EXIT.failed : EXIT.ok;
}

/** Why FILE cannot be the index: not a regular file, or one of the articles. */
function outProblem(out: string, files: string[]): string | undefined {
  const special = notRegular(out);
  if (special) return special;
  let id: string;
  try {
    const st = statSync(out);
    id = `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
  for (const f of files) {
    try {
      const st = statSync(f);
      if (`${st.dev}:${st.ino}` === id) return `is one of the articles (${f}); not written`;
    } catch { /* reported when read */ }
  }
  return undefined;
}
