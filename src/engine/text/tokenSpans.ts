import type { Doc } from './document';

/** The character span of tokens first..last-1. */
export const tokenSpan = (doc: Doc, first: number, last: number) => ({ start: doc.tokens[first].start, end: doc.tokens[last - 1].end });

/** The index of the token holding an offset, or -1. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
