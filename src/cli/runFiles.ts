import { writeFileSync } from 'node:fs';
import type { Engine } from '../engine/index';
import { loadEngine } from '../hosts/node/loadEngine';
import { EXIT, reasonOf, say, sayUnexpected, writeOut } from './messages';
import { makeFolder, OutputPlan } from './outputs';
import { readArticle } from './readArticle';

/** What one article gives: the text to write and a note for the --out-dir message (`3 claims`), or why it cannot. */
export type Produced = { out: string; note: string; warning?: string } | { error: string };

export interface FileJob {
  files: string[];
  outDir?: string;
  maxBytes: number;
  debug: boolean;
  /** The outputs' extension under --out-dir (`json`, `claims.csv`). */
  extension: string;
  /** The verdict file of an article, which no output may replace. */
  verdictFile?: (file: string) => string;
  produce(file: string, text: string, engine: Engine): Produced;
}

/** `closed`: stdout's reader has gone; `stopped`: stdout failed otherwise (said on stderr). */
type Outcome = 'done' | 'failed' | 'closed' | 'stopped';

/**
 * Runs a job over its files, one at a time: a file that cannot be read,
 * analysed or written is named on stderr in one line and the next one is
 * processed. Stops quietly when stdout's reader has gone (`| head`).
 */
export async function runFiles(job: FileJob): Promise<number> {
  const engine = loadEngine();
  let plan: OutputPlan | undefined;
  if (job.outDir !== undefined) {
    const unusable = makeFolder(job.outDir);
    if (unusable) {
      say(`--out-dir ${job.outDir}: ${unusable}`);
      return EXIT.usage;
    }
    plan = new OutputPlan(job.outDir, job.files, job.extension, job.verdictFile);
  }
  let failed = 0;
  for (const file of job.files) {
    let outcome: Outcome;
    try {
      outcome = await runFile(job, plan, file, engine);
    } catch (e) {
      sayUnexpected(`${file}: `, e, job.debug);
      outcome = 'failed';
    }
    if (outcome === 'failed' || outcome === 'stopped') failed++;
    if (outcome === 'closed' || outcome === 'stopped') break;
  }
  return failed ? EXIT.failed : EXIT.ok;
}

async function runFile(job: FileJob, plan: OutputPlan | undefined, file: string, engine: Engine): Promise<Outcome> {
  const fail = (message: string): Outcome => (say(message), 'failed');
  const read = readArticle(file, job.maxBytes);
  if ('error' in read) return fail(`${file}: ${read.error}`);
  const target = plan?.target(file);
  const refusal = target === undefined ? undefined : plan?.refusal(target);
  if (refusal) return fail(`${file}: not written: ${refusal}`);
  const made = job.produce(file, read.text, engine);
  if ('error' in made) return fail(made.error);
  if (made.warning) say(`${file}: ${made.warning}`);
  if (plan && target !== undefined) {
    try {
      writeFileSync(target, made.out);
    } catch (e) {
      return fail(`${file}: cannot write ${target} (${reasonOf(e)})`);
    }
    plan.wrote(file, target);
    say(`${file}: ${made.note} → ${target}`);
    return 'done';
  }
  const error = await writeOut(made.out);
  if (!error) return 'done';
  if (error.code === 'EPIPE') return 'closed';
  say(`cannot write to standard output (${reasonOf(error)})`);
  return 'stopped';
}
