import { drain } from '../run/steps';
import { fnv1aRange } from './fnv';
import { OPENING_MARKS } from './quotes';
import type { Span } from '../types';

/**
 * Cuts a text into blocks that can be analysed on their own: at paragraph
 * breaks (a blank line, or a line break after the end of a sentence), but never
 * inside an open quotation, after a line ending in a colon, or
 * before a paragraph that opens with a quotation mark (it may continue the
 * previous speaker) or a Q&A label ("Q:", "A:"). Every window and rule of the engine stays inside a block,
 * so analysing block by block gives the same claims as the whole text.
 * Line breaks are those the tokenizer counts: LF, CRLF, a lone CR, and U+2029
 * (a paragraph separator, so a blank line by itself).
 *
 * A block that would run past LONG_BLOCK characters (a page joined into one
 * line, a transcript with no paragraphs) is cut all the same, at the first
 * sentence end after LONG_BLOCK, else at the first space after LONG_BLOCK × 1.5,
 * else at LONG_BLOCK × 2: every pass over a block, a sentence and a window then
 * stays short, and workers can share the text. Each of these cuts depends only
 * on the text from the block's start to the character after the cut, as a
 * paragraph cut does (a paragraph cut looks at most two characters past the
 * break, for a doubled quote mark), so edits re-cut the same way. PolNeAR's longest block
 * is 6,854 characters: ordinary text is never cut this way.
 */
export function splitBlocks(text: string): Span[] {
  return [...blocksFrom(text, 0)];
}

/**
 * The blocks of `text` from `from` on, where `from` is the start of a block:
 * the cut at a paragraph break depends only on the text since the block's start.
 */
function* blocksFrom(text: string, from: number): Generator<Span> {
  const gap = /(?:\r\n?|\n|\u2029)[ \t\u00a0]*(?:(?:\r\n?|\n|\u2029)[ \t\u00a0]*)*/g;
  let start = from;
  let scanned = from;
  let curly = 0;
  let straight = 0;
  /** Where this block is cut if no paragraph cut comes first (computed once it may matter). */
  let long = -1;
  // The next gap at or after `scanned`; searched again only once passed (a text with no gap left is searched once).
  let m: RegExpExecArray | null = null;
  let searched = false;
  for (;;) {
    if (!searched || (m && m.index < scanned)) {
      gap.lastIndex = scanned;
      m = gap.exec(text);
      searched = true;
    }
    const end = m ? m.index : text.length;
    if (end - start > LONG_BLOCK) {
      if (long < 0) long = longCut(text, start);
      if (long <= end && long < text.length) {
        yield { start, end: long };
        start = scanned = long;
        curly = straight = 0;
        long = -1;
        continue;
      }
    }
    if (!m) break;
    for (let i = scanned; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) curly++;
      else if (c === 0x201d) curly = Math.max(0, curly - 1);
      else if (c === 0x22) straight ^= 1;
    }
    const next = m.index + m[0].length;
    scanned = next;
    const before = text.slice(Math.max(start, end - 2), end).trimEnd();
    const opensQuote = OPENS_QUOTE.test(text.slice(next, next + 2)) || QA_LINE.test(text.slice(next, next + 2));
    // A single line break ends a paragraph only after the end of a sentence; otherwise the line is wrapped.
    if (!isParagraphGap(m[0]) && !/[.!?”"’)]$/.test(before)) continue;
    // A paragraph that never closes its quote is broken or continues: only the latter keeps the block open.
    if ((curly > 0 && opensQuote) || (straight && opensQuote) || before.endsWith(':') || opensQuote) continue;
    curly = 0;
    straight = 0;
    yield { start, end: next };
    start = next;
    long = -1;
  }
  if (start < text.length || start === 0) yield { start, end: text.length };
}

/** A paragraph that opens with any mark findQuotes opens a quote with (or a single ‘): it may continue the quote or the speaker before it. */
const OPENS_QUOTE = new RegExp(`^(?:${[...OPENING_MARKS, '‘'].join('|')})`);

/** A line of a Q&A transcript: its answers belong with the introduction that names the interviewee (extract/interview.ts). */
const QA_LINE = /^[QA]:/;

/** More than one line break in a gap, or a paragraph separator: a blank line. */
function isParagraphGap(gap: string): boolean {
  let breaks = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x2029) return true;
    if (c === 10 || (c === 13 && gap.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks > 1;
}

/** Characters after which a block with no paragraph cut is cut anyway (see splitBlocks). */
export const LONG_BLOCK = 10_000;

/**
 * Where a block that starts at `start` and has no paragraph cut before
 * LONG_BLOCK is cut: after the first sentence end (. ! ? and closing marks,
 * then white space) past LONG_BLOCK; else after the first white space past
 * 1.5 × LONG_BLOCK; else at 2 × LONG_BLOCK (never inside a surrogate pair).
 */
function longCut(text: string, start: number): number {
  const limit = Math.min(text.length, start + 2 * LONG_BLOCK);
  // Only the stretch where a cut may fall is searched (and the character after it).
  const from = start + LONG_BLOCK;
  const stretch = text.slice(from, limit + 1);
  let cut = limit;
  const s = /[.!?…][”"’)\]]*\s+/.exec(stretch);
  if (s) cut = Math.min(cut, from + s.index + s[0].length);
  const w = /\s+/.exec(stretch.slice(LONG_BLOCK / 2));
  if (w) cut = Math.min(cut, from + LONG_BLOCK / 2 + w.index + w[0].length);
  if (cut < text.length && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
  return cut;
}

/** A block and a key for its text: its hash and length as one number (32 + 21 bits). */
export interface KeyedBlock extends Span {
  key: number;
}

function keyed(text: string, b: Span): KeyedBlock {
  return { start: b.start, end: b.end, key: fnv1aRange(text, b.start, b.end) * 0x200000 + ((b.end - b.start) & 0x1fffff) };
}

/**
 * The keyed blocks of `text`, given those of an earlier version `prev`: only
 * the blocks around the change are cut and hashed again; those before it are
 * kept and those after it shifted. The result equals a fresh split.
 */
export function updateBlocks(prev: { text: string; blocks: KeyedBlock[] } | undefined, text: string): KeyedBlock[] {
  return drain(updateBlockSteps(prev, text));
}

/** Blocks cut between two pauses of updateBlockSteps. */
const BLOCKS_PER_STEP = 256;
/** Characters cut and hashed between two pauses, whatever the blocks' number. */
const CHARS_PER_STEP = 200_000;

/** updateBlocks as a generator that pauses every BLOCKS_PER_STEP blocks or CHARS_PER_STEP characters cut (a long new text takes tens of milliseconds). */
export function* updateBlockSteps(prev: { text: string; blocks: KeyedBlock[] } | undefined, text: string): Generator<void, KeyedBlock[]> {
  let chars = 0;
  if (!prev || prev.blocks.length === 0) {
    const out: KeyedBlock[] = [];
    for (const b of blocksFrom(text, 0)) {
      out.push(keyed(text, b));
      if (out.length % BLOCKS_PER_STEP === 0 || (chars += b.end - b.start) >= CHARS_PER_STEP) {
        chars = 0;
        yield;
      }
    }
    return out;
  }
  const old = prev.text;
  const most = Math.min(old.length, text.length);
  const p = commonPrefix(old, text, most);
  const s = commonSuffix(old, text, most - p);
  const delta = text.length - old.length;
  // Restart one block before the one holding the first change: a cut depends on the character after it.
  let a = 0;
  while (a < prev.blocks.length && prev.blocks[a].end <= p) a++;
  a = Math.max(0, a - 1);
  const out = prev.blocks.slice(0, a);
  const oldStarts = new Map<number, number>();
  for (let i = a; i < prev.blocks.length; i++) oldStarts.set(prev.blocks[i].start, i);
  const unchangedFrom = text.length - s;
  let cut = 0;
  for (const b of blocksFrom(text, prev.blocks[a].start)) {
    // From a cut inside the unchanged tail that the old text also had, the old blocks hold, shifted.
    const same = b.start >= unchangedFrom && b.start > p ? oldStarts.get(b.start - delta) : undefined;
    if (same !== undefined) {
      for (let i = same; i < prev.blocks.length; i++) {
        const o = prev.blocks[i];
        out.push({ start: o.start + delta, end: o.end + delta, key: o.key });
      }
      return out;
    }
    out.push(keyed(text, b));
    if (++cut % BLOCKS_PER_STEP === 0 || (chars += b.end - b.start) >= CHARS_PER_STEP) {
      chars = 0;
      yield;
    }
  }
  return out;
}

const CHUNK = 1024;

/** Length of the common start of a and b, at most `most`: compared a chunk at a time, natively. */
function commonPrefix(a: string, b: string, most: number): number {
  let p = 0;
  while (p + CHUNK <= most && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < most && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common end of a and b, at most `most`. */
function commonSuffix(a: string, b: string, most: number): number {
  let s = 0;
  while (s + CHUNK <= most && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < most && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}
