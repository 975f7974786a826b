import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isOneOf, LANGUAGES, type Language, parseError } from '../args';
import { DEFAULT_MAX_BYTES } from '../readArticle';

/** The command lines of `index` and `report` (node:util's parseArgs, strict, as extract's). */

export const REPORT_FORMATS = ['text', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface Archive {
  paths: string[];
  jobs: number;
  maxBytes: number;
  language: Language;
  debug: boolean;
}
export interface IndexOptions extends Archive { command: 'index'; out: string }
export interface ReportOptions extends Archive { command: 'report'; index?: string; format: ReportFormat }
export type ArchiveCommandLine = IndexOptions | ReportOptions | { help: true } | { error: string };

const COMMON = {
  jobs: { type: 'string' },
  'max-size': { type: 'string' },
  language: { type: 'string', default: 'auto' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
const OPTIONS = {
  index: { ...COMMON, out: { type: 'string' } },
  report: { ...COMMON, index: { type: 'string' }, format: { type: 'string', default: 'text' } },
} as const;

export function readArchiveCommandLine(command: 'index' | 'report', args: string[]): ArchiveCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (e) {
    return { error: parseError(e) };
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return { help: true };
  const str = (k: string) => v[k] as string | undefined;
  const jobsGiven = str('jobs');
  const jobs = jobsGiven === undefined ? availableParallelism() : Number(jobsGiven);
  if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) return { error: `--jobs takes a whole number from 1 to 256, not "${jobsGiven}"` };
  const maxSize = str('max-size');
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : Number(maxSize);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return { error: `--max-size takes a whole number of bytes above 0, not "${maxSize}"` };
  const language = str('language');
  if (!isOneOf(LANGUAGES, language)) return { error: `--language: unknown value "${language}": use ${LANGUAGES.join(' or ')}` };
  const common = { paths: parsed.positionals, jobs, maxBytes, language, debug: v.debug === true };
  if (command === 'index') {
    const out = str('out');
    if (!out) return { error: 'index needs --out FILE.jsonl' };
    if (!common.paths.length) return { error: 'no files or folders given' };
    return { command, out, ...common };
  }
  const format = str('format');
  if (!isOneOf(REPORT_FORMATS, format)) return { error: `--format: unknown format "${format}": use ${REPORT_FORMATS.join(', ')}` };
  const index = str('index');
  if (index === '') return { error: '--index needs a file' };
  if (!common.paths.length && index === undefined) return { error: 'no files or folders given (or --index FILE)' };
  return { command, format, ...(index === undefined ? {} : { index }), ...common };
}
