import { claimTypeOf } from './classify/claimType';
import { cueKindOf, cueLemma } from './classify/cueKind';
import { baseId } from './classify/ids';
import { quotedShare } from './classify/quoteKind';
import { findSignals } from './classify/signals';
import { sourceKindOf } from './classify/sourceKind';
import { fullNames, type NameMention } from './classify/speakers';
import { relativeAntecedent } from './extract/antecedent';
import { extractionSteps, type RawAttribution } from './extract/pipeline';
import type { Models } from './model/models';
import type { TagMemo } from './model/tagMemo';
import { withFeatures } from './model/wordFeatures';
import { drain } from './run/steps';
import { prepare, type Doc } from './text/document';
import { tokenSpan } from './text/tokenSpans';
import type { ClaimType, CueKind, QuoteKind, Signal, SourceKind, Span } from './types';

/**
 * One block of text analysed on its own: tagged, repaired, and classified as
 * far as the block alone allows. Its result depends on its text only, so an
 * Analyzer reuses it wherever the same text recurs and a worker can make it.
 */

/** One attribution of a block, with what can be derived from the block alone (offsets relative to the block). */
export interface BlockAttribution {
  cue: Span;
  source?: Span;
  content: Span[];
  quoted: Exclude<QuoteKind, 'according-to'>;
  cueText: string;
  sourceText?: string;
  contentText: string;
  cueLemma: string;
  cueKind: CueKind;
  type: ClaimType;
  /** The source stands inside a quotation (an "I" there is the quoted speaker, not the author). */
  sourceInQuote: boolean;
  sourceKind: SourceKind;
  signals: Signal[];
  /** The claim's id before repeats are told apart (it depends on the text only). */
  baseId: string;
  /** What a source that names no one stands for, found in the block: "Luis Ortiz" for the "who" of "Luis Ortiz, who said …". */
  antecedent?: Antecedent;
}

/** The words a source points back to (offsets relative to the block), with their kind. */
export interface Antecedent {
  span: Span;
  text: string;
  kind: SourceKind;
}

/** What a block of text yields: reusable wherever the same text recurs. */
export interface BlockResult {
  sentences: number;
  attributions: BlockAttribution[];
  /** Candidate full names in the block, for speaker resolution. */
  names: NameMention[];
}

/** Tags, repairs and measures the quotation share of one block's attributions. */
export function analyzeBlock(block: string, models: Models): BlockResult {
  return drain(blockSteps(block, models));
}

/** Attributions of a block classified between two pauses. */
const CLASSIFIED_PER_STEP = 64;

/** analyzeBlock as a generator that pauses after each sentence. */
export function* blockSteps(block: string, models: Models, memo?: TagMemo): Generator<void, BlockResult> {
  const doc = withFeatures(prepare(block), models.lexicon);
  const raw = yield* extractionSteps(doc, models, memo);
  const attributions: BlockAttribution[] = [];
  for (const a of raw) {
    const cueText = block.slice(a.cue.start, a.cue.end);
    const sourceText = a.source ? block.slice(a.source.start, a.source.end) : undefined;
    const contentText = slice(block, a.content);
    const lemma = cueLemma(cueText);
    const line = block.lastIndexOf('\n', a.cue.start - 1) + 1;
    const before = block.slice(Math.max(line, a.cue.start - 40), a.cue.start);
    const attribution: BlockAttribution = {
      cue: a.cue, source: a.source, content: a.content, quoted: quotedShare(doc, a),
      cueText, sourceText, contentText, cueLemma: lemma, cueKind: cueKindOf(lemma, cueText),
      type: claimTypeOf({ cueText, cueLemma: lemma, sourceText, before, contentText }), sourceInQuote: a.sourceFirst !== undefined && doc.quoteOf[a.sourceFirst] >= 0, sourceKind: sourceKindOf(sourceText, models.lexicon),
      signals: findSignals(block, a.content), baseId: baseId(`${sourceText ?? ''}\u0000${cueText}\u0000${contentText}`),
    };
    const antecedent = antecedentOf(doc, a, models);
    if (antecedent) attribution.antecedent = antecedent;
    attributions.push(attribution);
    // A block of many claims (a transcript, or a hostile text) is classified in slices too.
    if (attributions.length % CLASSIFIED_PER_STEP === 0) yield;
  }
  return { sentences: doc.sentences.length, attributions, names: fullNames(block, models.lexicon) };
}

/** The antecedent of a source: the one its extraction found (a Q&A's interviewee), or the noun phrase before a relative pronoun ("…, who said"), if the block holds it. */
function antecedentOf(doc: Doc, a: RawAttribution, models: Models): Antecedent | undefined {
  if (a.sourceFirst === undefined || a.sourceLast !== a.sourceFirst + 1) return undefined;
  const np = a.antecedent ?? relativeAntecedent(doc, a.sourceFirst);
  if (!np) return undefined;
  const span = tokenSpan(doc, np[0], np[1]);
  const text = doc.text.slice(span.start, span.end);
  return { span, text, kind: sourceKindOf(text, models.lexicon) };
}

function slice(text: string, spans: Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}
