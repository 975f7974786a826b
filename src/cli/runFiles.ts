import { mkdirSync, writeFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { loadModelsFromDisk } from '../node/loadModels';
import { EXIT, reasonOf, say, sayUnexpected, writeOut } from './messages';
import { readArticle } from './readArticle';

/** What one article gives: the text to write and a note for the --out-dir message (`3 claims`), or why it cannot. */
export type Produced = { out: string; note: string } | { error: string };

export interface FileJob {
  files: string[];
  outDir?: string;
  maxBytes: number;
  debug: boolean;
  /** The outputs' extension under --out-dir (`json`, `claims.csv`). */
  extension: string;
  produce(file: string, text: string): Produced;
}

/** `closed`: stdout's reader has gone; `stopped`: stdout failed otherwise (said on stderr). */
type Outcome = 'done' | 'failed' | 'closed' | 'stopped';

/**
 * Runs a job over its files, one at a time: a file that cannot be read,
 * analysed or written is named on stderr in one line and the next one is
 * processed. Stops quietly when stdout's reader has gone (`| head`).
 */
export async function runFiles(job: FileJob): Promise<number> {
  loadModelsFromDisk();
  if (job.outDir !== undefined) mkdirSync(job.outDir, { recursive: true });
  let failed = 0;
  for (const file of job.files) {
    let outcome: Outcome;
    try {
      outcome = await runFile(job, file);
    } catch (e) {
      sayUnexpected(`${file}: `, e, job.debug);
      outcome = 'failed';
    }
    if (outcome === 'failed' || outcome === 'stopped') failed++;
    if (outcome === 'closed' || outcome === 'stopped') break;
  }
  return failed ? EXIT.failed : EXIT.ok;
}

async function runFile(job: FileJob, file: string): Promise<Outcome> {
  const fail = (message: string): Outcome => (say(message), 'failed');
  const read = readArticle(file, job.maxBytes);
  if ('error' in read) return fail(`${file}: ${read.error}`);
  const target = job.outDir === undefined ? undefined : join(job.outDir, `${parse(file).name}.${job.extension}`);
  const made = job.produce(file, read.text);
  if ('error' in made) return fail(made.error);
  if (target !== undefined) {
    try {
      writeFileSync(target, made.out);
    } catch (e) {
      return fail(`${file}: cannot write ${target} (${reasonOf(e)})`);
    }
    say(`${file}: ${made.note} → ${target}`);
    return 'done';
  }
  const error = await writeOut(made.out);
  if (!error) return 'done';
  if (error.code === 'EPIPE') return 'closed';
  say(`cannot write to standard output (${reasonOf(error)})`);
  return 'stopped';
}
