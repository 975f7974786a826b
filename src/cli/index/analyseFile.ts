import { type Engine, lineIndex } from '../../engine/index';
import type { Language } from '../args';
import { readArticle } from '../readArticle';
import { analyzeFile } from '../analyzeFile';
import { foreignNote } from '../foreign';
import { sha256 } from './hashFile';

/** What the index needs to analyse a file, on any thread. */
export interface AnalyseRequest {
  file: string;
  maxBytes: number;
  language: Language;
}

/**
 * The end of an index line (everything after `file`, `hash` and `engine`):
 * `"sentences":N,"claims":[…],"lines":[…]`, and the hash of the bytes it read, with a note for stderr (an
 * article in another language); or why the file cannot be indexed.
 */
export type Analysed = { body: string; claims: number; hash: string; note?: string } | { error: string };

/**
 * Reads and analyses one article as `extract --format json` does (the same
 * reading, the same language check, every claim), and adds the line of each
 * claim's cue, which the report needs without the text.
 */
export function analyseFile(engine: Engine, r: AnalyseRequest): Analysed {
  const read = readArticle(r.file, r.maxBytes);
  if ('error' in read) return { error: `${r.file}: ${read.error}` };
  const note = foreignNote(r.file, read.text, r.language);
  // Markdown and HTML by their extension, as extract reads them: the engine reads the prose, the spans point into the file.
  const analysis = note ? { claims: [], sentences: 0 } : analyzeFile(engine, r.file, read.text);
  const at = lineIndex(read.text);
  const lines = analysis.claims.map((c) => at(c.cue[0].start).line);
  const body = `"sentences":${analysis.sentences},"claims":${JSON.stringify(analysis.claims)},"lines":${JSON.stringify(lines)}`;
  // The hash of the bytes analysed (the file may have changed since the index hashed it to decide to analyse it).
  return { body, claims: analysis.claims.length, hash: sha256(read.bytes!), ...(note ? { note } : {}) };
}
