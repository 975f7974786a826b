import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';

/**
 * One deterministic repair of the taggers' output, for a construction whose
 * form fixes the answer. Rules run in the order of RULES (./index.ts), each
 * over every attribution of a block; `prepare` sees the attributions as the
 * rules before it left them, once per block, and builds what the rule looks
 * up (never a walk over a sentence or the block per attribution).
 */
export interface Rule<S = undefined> {
  name: string;
  /** What it repairs, with an example: the rule's one-line documentation. */
  description: string;
  prepare?(doc: FeatureDoc, all: RawAttribution[]): S;
  apply(doc: FeatureDoc, a: RawAttribution, state: S, index: number): RawAttribution;
}

/** The span of tokens first..last-1. */
export const span = (doc: FeatureDoc, first: number, last: number) => ({ start: doc.tokens[first].start, end: doc.tokens[last - 1].end });

/** The index of the token holding an offset, or -1. */
export function tokenAt(doc: FeatureDoc, offset: number): number {
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
