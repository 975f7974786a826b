import { type Analysis, type Engine, inSlices, lineIndex } from '../../engine/index';
import { type Format, mapAnalysis, ProseConverter } from '../../formats/index';
import type { WorkerRunner } from '../../hosts/workerPool';
import type { Language } from '../config';
import { LanguageChecks } from '../languageCheck';
import { recordTime, timed } from '../timing';
import type { CachedArticle } from './cacheFormat';
import type { EditorsFirst } from './editorsFirst';

/** The longest synchronous run of the index's work on the extension host's thread, under one name in handlerTimes(). */
export const INDEX_SLICE = 'workspace index (slice)';
const slices = { onSlice: (ms: number) => recordTime(INDEX_SLICE, ms) };

/** What an article's analysis needs besides its text. */
export interface AnalyseOptions {
  format: Format;
  language: Language;
  /** claimLens.maxFileSize: longer texts are not analysed. */
  maxLength: number;
  engine: Engine;
  /** The worker pool, where the host has one: the article goes there, after every open editor's job. */
  runner?: WorkerRunner;
  /** An article is analysed here, in slices, only once the open editors' analyses are done. */
  editors: EditorsFirst;
}

const languages = new LanguageChecks();
const decode = timed(INDEX_SLICE, (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes));

/** An article file's text (UTF-8; a byte order mark dropped). */
export function articleText(bytes: Uint8Array): string {
  return decode(bytes);
}

/**
 * An article's claims as the editor would find them in the file (Markdown and
 * HTML read as prose, every span mapped back to the file), with the line and
 * column of each claim's cue; or why it is not analysed (too long, another
 * language). The engine runs on a worker when the host has one (at a lower
 * priority than any open editor's text), else here in slices of 20 ms.
 */
export async function analyseArticle(key: string, text: string, o: AnalyseOptions): Promise<CachedArticle> {
  if (text.length > o.maxLength) return { skipped: `${text.length.toLocaleString('en')} characters, over claimLens.maxFileSize (${o.maxLength.toLocaleString('en')})` };
  // Timed as 'language detection' (languageCheck.ts), as for an open editor.
  const foreign = languages.skipReason(key, text, o.language);
  languages.forget(key);
  if (foreign) return { skipped: foreign };
  const converter = o.format === 'text' ? undefined : new ProseConverter(o.format);
  const prose = converter ? await inSlices(converter.convertSteps(text), slices) : undefined;
  const analysis = await engineAnalysis(prose ? prose.prose : text, o);
  return timed(INDEX_SLICE, () => {
    const { claims } = prose && analysis ? mapAnalysis(analysis, prose.map) : analysis;
    const at = lineIndex(text);
    const places = claims.map((c) => at(c.cue[0].start));
    return { claims, lines: places.map((p) => p.line), columns: places.map((p) => p.column) };
  })();
}

async function engineAnalysis(prose: string, o: AnalyseOptions): Promise<Analysis> {
  // Not even sent to a worker while an editor's analysis runs: on two cores the worker would take the core it needs.
  await o.editors.idle();
  if (o.runner) {
    try {
      return await o.runner.analyzeText(prose);
    } catch {
      // The workers failed or cannot start: analysed here instead.
    }
  }
  // Without workers: here, in slices.
  const analysis = await o.engine.createAnalyzer().analyzeInSlices(prose, slices);
  if (!analysis) throw new Error('the analysis was given up');
  return analysis;
}
