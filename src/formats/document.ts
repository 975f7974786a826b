import { drain, type Span } from '../engine/index';
import { appendHtml } from './html';
import { htmlChunks } from './htmlChunks';
import { appendMarkdown } from './markdown';
import { markdownChunks } from './markdownChunks';
import { appendPlainParagraph } from './markdownFast';
import { floorIndex, IDENTITY, ProseBuilder, type ProseMap, type RunMap } from './proseMap';

/** How a file's text is read: as it is, as Markdown, or as HTML. */
export type Format = 'text' | 'markdown' | 'html';
export const FORMATS: readonly Format[] = ['text', 'markdown', 'html'];

/** The prose the engine reads, and the map from its offsets back to the file. */
export interface Prose {
  prose: string;
  map: ProseMap;
}

/** One chunk's prose, and its map into the chunk. */
interface Converted {
  prose: string;
  map: RunMap;
}

/**
 * The chunks' maps as one: a prose offset finds its chunk (binary search),
 * then its place in the chunk. The blank line between two chunks' prose maps
 * to the end of the first chunk.
 */
class ChunkedMap implements ProseMap {
  readonly identity = false;
  constructor(
    private readonly proseStarts: number[],
    private readonly sourceStarts: number[],
    private readonly parts: Converted[],
    private readonly sourceLength: number,
  ) {}

  private place(i: number, end: boolean): number {
    if (this.parts.length === 0) return this.sourceLength;
    const c = floorIndex(this.proseStarts, i);
    const local = i - this.proseStarts[c];
    const part = this.parts[c];
    if (local < 0) return this.sourceStarts[c];
    return this.sourceStarts[c] + (end ? part.map.end(local) : part.map.start(local));
  }

  start(i: number): number {
    return this.place(i, false);
  }

  /** The chunks holding prose offsets start..end-1, each as its converted part, prose start and source start. */
  footprint(start: number, end: number): unknown[] {
    if (this.parts.length === 0) return [this.sourceLength];
    const out: unknown[] = [];
    const last = floorIndex(this.proseStarts, Math.max(start, end - 1));
    for (let c = floorIndex(this.proseStarts, start); c <= last; c++) out.push(this.parts[c], this.proseStarts[c], this.sourceStarts[c]);
    return out;
  }

  end(i: number): number {
    return this.place(i, true);
  }
}

/** Chunks converted between two pauses of convertSteps. */
const CHUNKS_PER_STEP = 8;

/**
 * Converts a document's text to prose, again and again as it is edited:
 * the text is cut into chunks (top-level blocks of Markdown, block elements of
 * HTML), and each chunk's prose is kept by its text, so an edit converts only
 * the chunk it touched. Plain text is its own prose, at no cost.
 */
export class ProseConverter {
  private cache = new Map<string, Converted>();
  /** The link definitions the cached Markdown chunks were parsed with. */
  private definitions = '';

  constructor(readonly format: Format) {}

  convert(text: string): Prose {
    return drain(this.convertSteps(text));
  }

  /** The conversion as a generator that pauses every few chunks parsed (an editor converts in slices). */
  *convertSteps(text: string): Generator<void, Prose> {
    if (this.format === 'text') return { prose: text, map: IDENTITY };
    let chunks: (Span & { context?: string })[];
    let definitions = '';
    if (this.format === 'markdown') {
      const cut = markdownChunks(text);
      chunks = cut.chunks;
      definitions = cut.definitions;
      if (definitions !== this.definitions) this.cache.clear();
      this.definitions = definitions;
    } else {
      chunks = htmlChunks(text);
    }
    const used = new Map<string, Converted>();
    const proseStarts: number[] = [];
    const sourceStarts: number[] = [];
    const parts: Converted[] = [];
    const proses: string[] = [];
    let length = 0;
    let parsed = 0;
    for (const chunk of chunks) {
      const source = text.slice(chunk.start, chunk.end);
      // A page's chunk reads after the elements open where it starts (htmlChunks.ts): they are part of its key.
      const key = this.format === 'markdown' && chunk.start === 0 ? '\u0000' + source : chunk.context ? `${chunk.context}\u0000${source}` : source;
      let part = used.get(key) ?? this.cache.get(key);
      if (!part) {
        part = convertChunk(this.format, source, chunk.start === 0, definitions, chunk.context);
        if (++parsed % CHUNKS_PER_STEP === 0) yield;
      }
      used.set(key, part);
      if (!part.prose) continue;
      if (proses.length) length += 2;
      proseStarts.push(length);
      sourceStarts.push(chunk.start);
      parts.push(part);
      proses.push(part.prose);
      length += part.prose.length;
    }
    this.cache = used;
    return { prose: proses.join('\n\n'), map: new ChunkedMap(proseStarts, sourceStarts, parts, text.length) };
  }
}

/** One chunk's prose: parsed alone (with the file's link definitions after it, for Markdown). */
function convertChunk(format: Format, source: string, atStart: boolean, definitions: string, context = ''): Converted {
  const b = new ProseBuilder();
  if (format === 'html') appendHtml(b, context + source, -context.length);
  else if (!appendPlainParagraph(b, source)) appendMarkdown(b, definitions ? `${source}\n\n${definitions}\n` : source, source.length, atStart);
  return b.finish(source.length);
}

/** A text's prose and map in a format (a one-off: an editor keeps a ProseConverter per document). */
export function toProse(text: string, format: Format): Prose {
  return new ProseConverter(format).convert(text);
}
