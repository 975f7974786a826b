import { parseArgs } from 'node:util';
import type { ClaimType } from '../engine/index';
import { type Format, readFormat } from '../formats/index';
import { readTypeList } from '../review/claimTypes';
import { EXPORT_FORMATS, ExportFormat } from '../review/exports/index';
import { httpUrl } from '../review/safeUrl';
import { DEFAULT_MAX_BYTES } from './readArticle';

export const LANGUAGES = ['auto', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EXTRACT_FORMATS = ['json', 'brat', 'text'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

interface Common {
  files: string[];
  outDir?: string;
  maxBytes: number;
  debug: boolean;
  /** --types: the claim types to write; undefined when not given (each command has its default, usage.ts). */
  types?: ClaimType[];
  /** --language: `auto` gives no claims for an article that reads as another language than English; `en` analyses every article. */
  language: Language;
  /** --input: how every file is read; undefined: by each file's extension. */
  input?: Format;
}
export interface ExtractOptions extends Common { command: 'extract'; format: ExtractFormat }
export interface ExportOptions extends Common {
  command: 'export';
  format: ExportFormat;
  organization?: string;
  articleUrl?: string;
  reviewUrl?: string;
}
/** A command to run, a request for the usage, or a usage error (one line). */
export type CommandLine = ExtractOptions | ExportOptions | { help: true } | { error: string };

const COMMON = {
  'out-dir': { type: 'string' },
  'max-size': { type: 'string' },
  types: { type: 'string' },
  language: { type: 'string', default: 'auto' },
  input: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
const OPTIONS = {
  extract: { ...COMMON, format: { type: 'string', default: 'json' } },
  export: { ...COMMON, format: { type: 'string' }, org: { type: 'string' }, url: { type: 'string' }, 'review-url': { type: 'string' } },
} as const;

/** `--debug` anywhere before `--`: asked for before the command line is known to be good. */
export function wantsDebug(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--debug');
}

/** Reads `claim-lens COMMAND [options] FILE...` with node:util's parseArgs (strict: unknown options and missing values are errors). */
export function readCommandLine(argv: string[]): CommandLine {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command !== 'extract' && command !== 'export') return { error: command === undefined ? '' : `unknown command "${command}": use extract, export, index or report` };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (e) {
    return { error: parseError(e) };
  }
  const v = parsed.values as { [K in keyof typeof OPTIONS.export]?: string | boolean };
  if (v.help) return { help: true };
  const str = (name: keyof typeof v) => v[name] as string | undefined;
  const outDir = str('out-dir');
  if (outDir === '') return { error: '--out-dir needs a folder' };
  const maxSize = str('max-size');
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : Number(maxSize);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return { error: `--max-size takes a whole number of bytes above 0, not "${maxSize}"` };
  const typeList = str('types');
  const read = typeList === undefined ? undefined : readTypeList(typeList);
  if (read && 'error' in read) return read;
  const language = str('language');
  if (!isOneOf(LANGUAGES, language)) return { error: `--language: unknown value "${language}": use ${LANGUAGES.join(' or ')}` };
  const inputName = str('input');
  const input = inputName === undefined ? undefined : readFormat(inputName);
  if (inputName !== undefined && !input) return { error: `--input: unknown input format "${inputName}": use md, html or text` };
  const files = parsed.positionals;
  const common = { files, outDir, maxBytes, debug: v.debug === true, language, ...(read ? { types: read.types } : {}), ...(input ? { input } : {}) };
  const format = str('format');
  if (command === 'extract') {
    if (!isOneOf(EXTRACT_FORMATS, format)) return { error: `--format: unknown format "${format}": use ${EXTRACT_FORMATS.join(', ')}` };
    return files.length ? { command, format, ...common } : { error: 'no files given' };
  }
  if (format === undefined) return { error: 'export needs --format' };
  if (!isOneOf(EXPORT_FORMATS, format)) return { error: `--format: unknown export format "${format}": use ${EXPORT_FORMATS.join(', ')}` };
  const urls: { articleUrl?: string; reviewUrl?: string } = {};
  for (const [flag, key] of [['url', 'articleUrl'], ['review-url', 'reviewUrl']] as const) {
    const given = str(flag);
    if (given === undefined) continue;
    const url = httpUrl(given);
    if (!url) return { error: `--${flag} "${given.length > 80 ? given.slice(0, 79) + '…' : given}" is not an http(s) address with a host (and no user name or password)` };
    urls[key] = url;
  }
  if (!files.length) return { error: 'no files given' };
  return { command, format, organization: str('org'), ...urls, ...common };
}

export function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return (list as readonly (string | undefined)[]).includes(value);
}

/** parseArgs's message on one line; an unknown option said the CLI's way. */
export function parseError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
    return `unknown option ${option} (a file whose name starts with - goes after --)`;
  }
  if (err.code?.startsWith('ERR_PARSE_ARGS_')) return err.message.replace(/\s*\n\s*/g, ' ');
  throw e;
}
