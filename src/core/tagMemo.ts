import type { Doc } from './document';
import { murmurRange } from './featureHash';
import { fnv1aRange } from './fnv';

/** Taggings per generation: the memo holds at most two generations. */
const GENERATION = 8192;

/**
 * Remembered tagger output, for an editor that re-analyses a long block after
 * each keystroke: a sentence's cue tags and a cue's role tags depend only on
 * the text they read and a few facts about its tokens, so a sentence or
 * window that did not change is not tagged again. A key is a 64-bit hash of
 * exactly what the features read. Recently used taggings are kept: two
 * generations, the older one dropped when the newer fills up.
 */
export class TagMemo {
  private young = new Map<string, string[]>();
  private old = new Map<string, string[]>();

  get(key: string): string[] | undefined {
    const tags = this.young.get(key);
    if (tags) return tags;
    const aged = this.old.get(key);
    if (aged) this.set(key, aged);
    return aged;
  }

  set(key: string, tags: string[]): void {
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, tags);
  }
}

/** A short key for a stretch of text and what else the tagger reads about it. */
function key(kind: string, text: string, from: number, to: number, extra: string): string {
  const seed = murmurRange(extra, 0, extra.length, 0x9747b28c);
  return `${kind}${fnv1aRange(text, from, to).toString(36)}.${murmurRange(text, from, to, seed).toString(36)}.${(to - from).toString(36)}`;
}

/** What the cue tagger reads of a sentence: its text and which tokens stand in a quotation. */
export function cueKey(doc: Doc, first: number, last: number): string {
  let flags = '';
  for (let i = first; i < last; i++) flags += doc.quoteOf[i] >= 0 ? '1' : '0';
  return key('c', doc.text, doc.tokens[first].start, doc.tokens[last - 1].end, flags);
}

/**
 * What the role tagger reads of a cue's window: the text from the token before
 * the window to the token after it, where the cue is, and per token its
 * sentence relative to the cue's, whether it opens a sentence, and whether it
 * stands in the cue's quotation, another one, or none.
 */
export function roleKey(doc: Doc, first: number, last: number, cueFirst: number, cueLast: number): string {
  const { tokens, quoteOf, sentences } = doc;
  const from = Math.max(0, first - 1);
  const to = Math.min(tokens.length - 1, last);
  const cueSentence = tokens[cueFirst].sentence;
  const cueQuote = quoteOf[cueFirst];
  let flags = '';
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const sd = Math.max(-2, Math.min(2, t.sentence - cueSentence)) + 2;
    const q = quoteOf[i] < 0 ? 0 : quoteOf[i] === cueQuote ? 1 : 2;
    const opens = i === sentences[t.sentence].first ? 1 : 0;
    flags += String.fromCharCode(48 + sd * 6 + q * 2 + opens);
  }
  return key('r', doc.text, tokens[from].start, tokens[to].end, `${first - from}:${to - last + 1}:${cueFirst - first}:${cueLast - first}:${flags}`);
}
