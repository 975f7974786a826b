import type { Doc } from '../../text/document';
import type { RawAttribution } from '../rawAttribution';
import type { Span } from '../../types';

/**
 * What the rules ask of a sentence, found once per block so that no rule
 * walks a sentence per attribution: the sorted token indices where cues
 * start, and per token the number of `:` and `;` before it.
 */
export interface SentenceFacts {
  cueStarts: number[];
  clauseMarks: Int32Array;
}

export function sentenceFacts(doc: Doc, found: RawAttribution[]): SentenceFacts {
  const cueStarts = [...new Set(found.map((a) => a.cueFirst))].sort((x, y) => x - y);
  const clauseMarks = new Int32Array(doc.tokens.length + 1);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i].text;
    clauseMarks[i + 1] = clauseMarks[i] + (t === ':' || t === ';' ? 1 : 0);
  }
  return { cueStarts, clauseMarks };
}

/** The first index in a sorted array whose value is at least `v`. */
export function lowerBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per sentence, the content spans of the attributions whose cue stands in it: sorted by start, with the furthest end so far. */
export type SentenceContents = Map<number, { starts: number[]; reach: number[] }>;

export function contentsBySentence(doc: Doc, all: RawAttribution[]): SentenceContents {
  const spans = new Map<number, Span[]>();
  for (const b of all) {
    const s = doc.tokens[b.cueFirst].sentence;
    let list = spans.get(s);
    if (!list) spans.set(s, (list = []));
    list.push(...b.content);
  }
  const out: SentenceContents = new Map();
  for (const [s, list] of spans) {
    list.sort((x, y) => x.start - y.start);
    const reach: number[] = [];
    for (const sp of list) reach.push(Math.max(reach.length ? reach[reach.length - 1] : -1, sp.end));
    out.set(s, { starts: list.map((sp) => sp.start), reach });
  }
  return out;
}
