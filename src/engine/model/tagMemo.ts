import type { Doc } from '../text/document';

/** Taggings per generation: the memo holds at most two generations. */
const GENERATION = 8192;

/**
 * Remembered tagger output, for an editor that re-analyses a long block after
 * each keystroke: a sentence's cue tags and a cue's role tags depend only on
 * the text they read and a few facts about its tokens, so a sentence or
 * window that did not change is not tagged again. A key is a 53-bit hash of
 * exactly what the features read. Recently used taggings are kept: two
 * generations, the older one dropped when the newer fills up.
 */
export class TagMemo {
  private young = new Map<number, string[]>();
  private old = new Map<number, string[]>();

  get(key: number): string[] | undefined {
    const tags = this.young.get(key);
    if (tags) return tags;
    const aged = this.old.get(key);
    if (aged) this.set(key, aged);
    return aged;
  }

  set(key: number, tags: string[]): void {
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, tags);
  }
}

/**
 * Two independent 32-bit hashes (FNV-1a and a multiply-add) of the codes in
 * `codes[0..n)` and of text.slice(from, to), in one pass, as one 53-bit number.
 */
function key(kind: number, codes: Uint8Array, n: number, text: string, from: number, to: number): number {
  let a = 0x811c9dc5 ^ kind;
  let b = kind + 0x9747b28c;
  for (let i = 0; i < n; i++) {
    a = Math.imul(a ^ codes[i], 0x01000193);
    b = (Math.imul(b, 0x5bd1e995) + codes[i] + 1) | 0;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 0x5bd1e995) + c) | 0;
  }
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  return (a >>> 0) * 0x200000 + (b & 0x1fffff);
}

let scratch = new Uint8Array(256);
function codes(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(n * 2);
  return scratch;
}

/** What the cue tagger reads of a sentence: its text and which tokens stand in a quotation. */
export function cueKey(doc: Doc, first: number, last: number): number {
  const flags = codes(last - first);
  for (let i = first; i < last; i++) flags[i - first] = doc.quoteOf[i] >= 0 ? 1 : 0;
  return key(1, flags, last - first, doc.text, doc.tokens[first].start, doc.tokens[last - 1].end);
}

/**
 * What the role tagger reads of a cue's window: the text from the token before
 * the window to the token after it, where the cue is, and per token its
 * sentence relative to the cue's, whether it opens a sentence, and whether it
 * stands in the cue's quotation, another one, or none.
 */
export function roleKey(doc: Doc, first: number, last: number, cueFirst: number, cueLast: number): number {
  const { tokens, quoteOf, sentences } = doc;
  const from = Math.max(0, first - 1);
  const to = Math.min(tokens.length - 1, last);
  const cueSentence = tokens[cueFirst].sentence;
  const cueQuote = quoteOf[cueFirst];
  const n = last - first + 6;
  const flags = codes(n);
  flags[0] = first - from;
  flags[1] = to - last + 1;
  flags[2] = (cueFirst - first) >> 8;
  flags[3] = (cueFirst - first) & 0xff;
  flags[4] = (cueLast - first) >> 8;
  flags[5] = (cueLast - first) & 0xff;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const sd = Math.max(-2, Math.min(2, t.sentence - cueSentence)) + 2;
    const q = quoteOf[i] < 0 ? 0 : quoteOf[i] === cueQuote ? 1 : 2;
    const opens = i === sentences[t.sentence].first ? 1 : 0;
    flags[i - first + 6] = 1 + sd * 6 + q * 2 + opens;
  }
  return key(2, flags, n, doc.text, tokens[from].start, tokens[to].end);
}
