import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from './core/analyze';
import { toBratFile, toJson, toText } from './cli/formats';
import { DEFAULT_MAX_BYTES, readArticle } from './cli/readArticle';
import { loadModelsFromDisk } from './node/loadModels';
import { readSidecar, sidecarPath } from './node/sidecarFile';
import { EXPORT_EXTENSION, EXPORT_FORMATS, ExportFormat, exportAs, exportContext } from './core/exports';
import { DEFAULT_SCALE } from './core/verdicts';

const USAGE = `Usage: claim-lens extract [--format json|brat|text] [--out-dir DIR] [--max-size BYTES] FILE...
       claim-lens export --format md|csv|json|brat|claimreview [--out-dir DIR] [--org NAME] [--url URL] [--review-url URL] FILE...

Finds the attributed claims (source, cue, content) in news articles.
  --format json   one JSON object per file and line (default)
  --format brat   brat standoff (.ann) in PolNeAR's layout, code-point offsets
  --format text   a readable table
  --out-dir DIR   write DIR/<name>.json or DIR/<name>.ann instead of printing
  --max-size N    refuse files over N bytes (default ${DEFAULT_MAX_BYTES})

export writes each article's claims with the verdicts of its FILE.claims.json:
  md (a report), csv, json, brat, or claimreview (schema.org ClaimReview
  JSON-LD of the rated claims; --org names the fact-checking organisation,
  --url the article's address, --review-url where the reviews are published).`;

interface Options { format: 'json' | 'brat' | 'text'; outDir?: string; maxBytes: number; files: string[] }

function parseArgs(argv: string[]): Options | string {
  const o: Options = { format: 'json', maxBytes: DEFAULT_MAX_BYTES, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'brat' && f !== 'text') return `unknown format "${f}": use json, brat or text`;
      o.format = f;
    } else if (a === '--out-dir') o.outDir = value();
    else if (a === '--max-size') {
      o.maxBytes = Number(value());
      if (!Number.isFinite(o.maxBytes) || o.maxBytes <= 0) return '--max-size takes a number of bytes';
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) return 'no files given';
  return o;
}

function extract(o: Options): number {
  loadModelsFromDisk();
  let failed = 0;
  if (o.outDir) mkdirSync(o.outDir, { recursive: true });
  for (const file of o.files) {
    const read = readArticle(file, o.maxBytes);
    if ('error' in read) {
      console.error(`claim-lens: ${file}: ${read.error}`);
      failed++;
      continue;
    }
    const text = read.text;
    const analysis = analyze(text);
    const name = basename(file).replace(/\.[^.]*$/, '');
    const out = o.format === 'json' ? toJson(file, analysis) : o.format === 'brat' ? toBratFile(text, analysis.claims) : toText(file, text, analysis);
    if (o.outDir) {
      const path = join(o.outDir, `${name}.${o.format === 'brat' ? 'ann' : o.format === 'json' ? 'json' : 'txt'}`);
      writeFileSync(path, out.endsWith('\n') ? out : out + '\n');
      console.error(`claim-lens: ${file}: ${analysis.claims.length} claims → ${path}`);
    } else {
      process.stdout.write(out.endsWith('\n') ? out : out + '\n');
    }
  }
  return failed ? 1 : 0;
}

function exportCommand(argv: string[]): number {
  let format: ExportFormat | undefined;
  let outDir: string | undefined;
  const opts: { organization?: string; articleUrl?: string; reviewUrl?: string } = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i] ?? '';
    if (a === '--format') {
      const f = v();
      if (!(EXPORT_FORMATS as readonly string[]).includes(f)) return usage(`unknown export format "${f}": use ${EXPORT_FORMATS.join(', ')}`);
      format = f as ExportFormat;
    } else if (a === '--out-dir') outDir = v();
    else if (a === '--org') opts.organization = v();
    else if (a === '--url') opts.articleUrl = v();
    else if (a === '--review-url') opts.reviewUrl = v();
    else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (!format) return usage('export needs --format');
  if (files.length === 0) return usage('no files given');
  loadModelsFromDisk();
  if (outDir) mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const file of files) {
    const read = readArticle(file);
    if ('error' in read) { console.error(`claim-lens: ${file}: ${read.error}`); failed++; continue; }
    const side = readSidecar(sidecarPath(file));
    if ('error' in side) { console.error(`claim-lens: ${side.error} (left untouched; nothing exported for ${file})`); failed++; continue; }
    const text = read.text;
    const x = exportContext(basename(file), text, analyze(text).claims, side.sidecar.records, { ...opts, scale: [...DEFAULT_SCALE] });
    const out = exportAs(format, x);
    if (outDir) {
      const path = join(outDir, `${basename(file).replace(/\.[^.]*$/, '')}.${EXPORT_EXTENSION[format]}`);
      writeFileSync(path, out);
      console.error(`claim-lens: ${file}: ${x.claims.length} claims, ${x.claims.filter((c) => c.verdict).length} with verdicts → ${path}`);
    } else process.stdout.write(out);
  }
  return failed ? 1 : 0;
}

function usage(message: string): number {
  console.error(`claim-lens: ${message}\n\n${USAGE}`);
  return 2;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'export') return exportCommand(rest);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'extract') {
    console.error(`claim-lens: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let o: Options | string;
  try { o = parseArgs(rest); } catch (e) { o = (e as Error).message; }
  if (typeof o === 'string') {
    console.error(`claim-lens: ${o}\n\n${USAGE}`);
    return 2;
  }
  return extract(o);
}

process.exitCode = main(process.argv.slice(2));
