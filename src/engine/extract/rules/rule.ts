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

export { tokenAt, tokenSpan as span } from '../../text/tokenSpans';
