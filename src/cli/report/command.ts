import { existsSync } from 'node:fs';
import { loadModelsLazily } from '../../hosts/node/loadEngine';
import { type ArticleClaims, corpusFigures } from '../../review/corpus/figures';
import { EXIT, plural, reasonOf, say, writeOut } from '../messages';
import type { AnalyseRequest } from '../index/analyseFile';
import type { ReportOptions } from '../index/args';
import { hashFile } from '../index/hashFile';
import { bodyOf, type IndexLine, readIndex } from '../index/indexFile';
import { analyseAll, startWorkers } from '../index/pool';
import { walkPaths } from '../index/walk';
import { reportMarkdown, reportText } from './format';
import { articleOf } from '../../review/corpus/articleClaims';

/**
 * `claim-lens report PATH... [--index FILE]`: the figures of the articles
 * under PATH (claims by source kind and type, speakers merged across
 * articles, quotes in more than one article). An article whose bytes FILE
 * has, from this engine, is taken from it; the others are analysed now (and
 * said so). With --index and no PATH: every article of FILE (its last line
 * for each file).
 */
export async function reportCommand(o: ReportOptions): Promise<number> {
  let failed = 0;
  const fail = (message: string) => {
    say(message);
    failed++;
  };
  const models = loadModelsLazily();
  const engine = models.version;
  let indexed: IndexLine[] = [];
  if (o.index !== undefined) {
    const contents = existsSync(o.index) ? readIndex(o.index) : { error: 'no such file' };
    if ('error' in contents) {
      say(`--index ${o.index}: ${contents.error}`);
      return EXIT.usage;
    }
    indexed = contents.lines;
  }
  const articles: ArticleClaims[] = [];
  const take = (file: string, json: string) => {
    const read = articleOf(file, json);
    if (!read) return fail(`${file}: its index line holds no claims list; left out`);
    if (read.dropped) say(`${file}: ${plural(read.dropped, 'claim')} of its index line could not be read; left out`);
    articles.push(read.article);
  };
  if (!o.paths.length) {
    const last = new Map<string, IndexLine>();
    for (const l of indexed) last.set(l.file, l);
    const older = [...last.values()].filter((l) => l.engine !== engine).length;
    if (older) say(`--index ${o.index}: ${plural(older, 'article')} indexed by another engine version than ${engine}: index again to refresh them`);
    for (const l of [...last.values()].sort((a, b) => a.file.localeCompare(b.file))) take(l.file, l.text);
  } else {
    const byHash = new Map<string, IndexLine>();
    for (const l of indexed) if (l.engine === engine) byHash.set(l.hash, l);
    const { files, problems } = walkPaths(o.paths);
    for (const p of problems) fail(`${p.path}: ${p.reason}`);
    const requests: AnalyseRequest[] = [];
    const order = new Map(files.map((f, i) => [f, i]));
    const found: { file: string; json: string }[] = [];
    for (const file of files) {
      const h = hashFile(file, o.maxBytes);
      if ('error' in h) fail(h.error);
      else if (byHash.has(h.hash)) found.push({ file, json: `{${bodyOf(byHash.get(h.hash)!)}}` });
      else requests.push({ file, maxBytes: o.maxBytes, language: o.language });
    }
    if (o.index !== undefined && requests.length) say(`${plural(requests.length, 'article')} not in ${o.index} (or changed since): analysed now`);
    await analyseAll(requests, startWorkers(Math.min(o.jobs - 1, requests.length - 1)), models.engine, (r, a) => {
      if ('error' in a) return fail(a.error);
      if (a.note) say(a.note);
      found.push({ file: r.file, json: `{${a.body}}` });
    });
    found.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
    for (const f of found) take(f.file, f.json);
  }
  const figures = corpusFigures(articles);
  const text = o.format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : o.format === 'md' ? reportMarkdown(figures) : reportText(figures);
  const error = await writeOut(text);
  if (error && error.code !== 'EPIPE') {
    say(`cannot write to standard output (${reasonOf(error)})`);
    return EXIT.failed;
  }
  return failed ? EXIT.failed : EXIT.ok;
}
