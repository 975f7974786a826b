import type { Span } from '../types';

/** The raw output of the taggers for one attribution, before classification (token indices are the document's). */
export interface RawAttribution {
  cue: Span;
  cueFirst: number;
  cueLast: number;
  source?: Span;
  sourceFirst?: number;
  sourceLast?: number;
  content: Span[];
  /** Token indices [first, last) of what a source that names no one stands for ("A" of a Q&A → the interviewee). */
  antecedent?: [number, number];
}
