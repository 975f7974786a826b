/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type SourceKind =
  | 'person'
  | 'organization'
  | 'media'
  | 'anonymous'
  | 'vague'
  | 'pronoun'
  | 'document'
  | 'none';

export type CueKind = 'neutral' | 'loaded' | 'denial' | 'accusation' | 'other';

/** What kind of claim it is (docs/claim-types.md). */
export type ClaimType = 'statement' | 'finding' | 'position' | 'other';

export const CLAIM_TYPES: readonly ClaimType[] = ['statement', 'finding', 'position', 'other'];

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'according-to';

export type SignalKind = 'figure' | 'date' | 'comparison' | 'prediction';

/** Something in a claim's content that makes it worth checking. */
export interface Signal {
  kind: SignalKind;
  span: Span;
  text: string;
}

/** Who a source (pronoun, short name) refers to, and where that name stands. */
export interface Speaker {
  name: string;
  /** The mention the name was taken from (the antecedent), when it is not the source itself. */
  from?: Span;
}

export interface Claim {
  /** Stable across edits elsewhere in the document: derived from the claim's text. */
  id: string;
  cue: Span[];
  source?: Span;
  content: Span[];
  /** The whole extent of the claim: from its first to its last span. */
  range: Span;
  cueText: string;
  sourceText?: string;
  contentText: string;
  speaker?: Speaker;
  sourceKind: SourceKind;
  /** Statement, finding, position, or other (not a claim anyone made: never shown in the editor). */
  type: ClaimType;
  /** How likely this is an attribution as an annotator would mark it, in [0, 1] (calibrated on PolNeAR train). */
  confidence: number;
  cueKind: CueKind;
  /** The cue's base form: "said" → "say", "according to" → "according to". */
  cueLemma: string;
  quoteKind: QuoteKind;
  signals: Signal[];
}

export interface AnalyzeOptions {
  /** Texts longer than this (UTF-16 units) are refused with an error. Default 5,000,000. */
  maxLength?: number;
}

export interface Analysis {
  claims: Claim[];
  /** Number of sentences seen (for statistics). */
  sentences: number;
}
