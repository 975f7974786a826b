import { writeFileSync } from 'node:fs';
import type { Analysis } from '../engine/index';
import type { Format } from '../formats/index';
import { analyzeFile } from './analyzeFile';
import type { Language } from './args';
import { loadVersionedEngine } from '../hosts/node/loadEngine';
import { EXIT, reasonOf, say, sayUnexpected, writeOut } from './messages';
import { makeFolder, OutputPlan } from './outputs';
import { readArticle } from './readArticle';
import { foreignNote } from './foreign';

/** What one article gives: the text to write and a note for the --out-dir message (`3 claims`), or why it cannot. */
export type Produced = { out: string; note: string; warning?: string } | { error: string };

export interface FileJob {
  files: string[];
  outDir?: string;
  maxBytes: number;
  debug: boolean;
  language: Language;
  /** How every file is read (--input); undefined: by its extension. */
  input?: Format;
  /** The outputs' extension under --out-dir (`json`, `claims.csv`). */
  extension: string;
  /** The verdict file of an article, which no output may replace. */
  verdictFile?: (file: string) => string;
  /** What to write for an article, given how to analyse it (with no claims at all for an article in another language than English) and the engine's version. */
  produce(file: string, text: string, analyze: (text: string) => Analysis, engine: string): Produced;
}

/** `closed`: stdout's reader has gone; `stopped`: stdout failed otherwise (said on stderr). */
type Outcome = 'done' | 'failed' | 'closed' | 'stopped';

/**
 * Runs a job over its files, one at a time: a file that cannot be read,
 * analysed or written is named on stderr in one line and the next one is
 * processed. Stops quietly when stdout's reader has gone (`| head`).
 */
export async function runFiles(job: FileJob): Promise<number> {
  const { engine, version } = loadVersionedEngine();
  // Markdown and HTML become prose, and the claims' spans are mapped back to the file (src/formats).
  const analyze: Analyze = (file, text) => analyzeFile(engine, file, text, job.input);
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
      outcome = await runFile(job, plan, file, analyze, version);
    } catch (e) {
      sayUnexpected(`${file}: `, e, job.debug);
      outcome = 'failed';
    }
    if (outcome === 'failed' || outcome === 'stopped') failed++;
    if (outcome === 'closed' || outcome === 'stopped') break;
  }
  return failed ? EXIT.failed : EXIT.ok;
}

type Analyze = (file: string, text: string) => Analysis;

/**
 * Is the article to be analysed? Always with --language en; with auto (the
 * default), unless it reads reliably as another language, which is then said
 * on stderr: the engine knows English only, and finding nothing in a French
 * article without a word is what users met.
 */
function english(job: FileJob, file: string, text: string): boolean {
  const note = foreignNote(file, text, job.language);
  if (note) say(note);
  return !note;
}

async function runFile(job: FileJob, plan: OutputPlan | undefined, file: string, analyze: Analyze, version: string): Promise<Outcome> {
  const fail = (message: string): Outcome => (say(message), 'failed');
  const read = readArticle(file, job.maxBytes);
  if ('error' in read) return fail(`${file}: ${read.error}`);
  const target = plan?.target(file);
  const refusal = target === undefined ? undefined : plan?.refusal(target);
  if (refusal) return fail(`${file}: not written: ${refusal}`);
  const made = job.produce(file, read.text, english(job, file, read.text) ? (text) => analyze(file, text) : () => ({ claims: [], sentences: 0 }), version);
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
