import type { Claim, ClaimType, CueKind, SourceKind, Span } from '../types';
import { CONFIDENCE_MODEL } from '../model/confidenceModel';
import type { ConfidenceModel } from '../model/confidenceShape';

/**
 * How likely a claim is to be an attribution as an annotator would mark it
 * (PolNeAR's full overlap): a logistic model over what the claim's form says
 * (its cue, type, source kind and place, quotation, length), then a
 * calibration map learned on held-out folds of PolNeAR train
 * (src/tools/train/confidence.ts writes model/confidenceModel.ts).
 */

export type { ConfidenceModel } from '../model/confidenceShape';

/** What the features read of a claim. */
export interface ConfidenceInput {
  cue: Span;
  cueText: string;
  cueLemma: string;
  cueKind: CueKind;
  type: ClaimType;
  source?: Span;
  sourceText?: string;
  sourceKind: SourceKind;
  content: Span[];
  contentText: string;
  quoted: string;
}

export function claimConfidenceInput(c: Claim): ConfidenceInput {
  return {
    cue: c.cue[0], cueText: c.cueText, cueLemma: c.cueLemma, cueKind: c.cueKind, type: c.type, source: c.source, sourceText: c.sourceText,
    sourceKind: c.sourceKind, content: c.content, contentText: c.contentText, quoted: c.quoteKind,
  };
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]) i++;
  return i;
};

/** The claim's features, as names; a name the model has no weight for adds nothing. */
export function confidenceFeatures(a: ConfidenceInput): string[] {
  const srcPos = !a.source ? 'none' : a.source.start < a.cue.start ? 'before' : 'after';
  const words = a.contentText.split(/\s+/).filter(Boolean).length;
  const cueWords = a.cueText.split(/\s+/).filter(Boolean).length;
  const srcWords = a.sourceText ? a.sourceText.split(/\s+/).length : 0;
  const conPos = a.content.length === 0 ? 'none' : a.content[0].start > a.cue.start ? 'after' : 'before';
  const f = [
    `lemma=${a.cueLemma}`, `type=${a.type}`, `cueKind=${a.cueKind}`, `source=${a.sourceKind}`, `quoted=${a.quoted}`,
    `srcPos=${srcPos}`, `conPos=${conPos}`, `conWords=${bucket(words, [3, 6, 10, 20, 40, 80])}`, `conSpans=${Math.min(a.content.length, 3)}`,
    `cueWords=${Math.min(cueWords, 4)}`, `srcWords=${bucket(srcWords, [1, 2, 3, 5, 8])}`,
    `type×source=${a.type}×${a.sourceKind}`, `srcPos×conPos=${srcPos}×${conPos}`, `lemma×srcPos=${a.cueLemma}×${srcPos}`,
    `quoted×srcPos=${a.quoted}×${srcPos}`,
  ];
  if (/^[\s"“‘']/.test(a.contentText)) f.push('conOpensQuote');
  if (/[.!?]["”’]?\s*$/.test(a.contentText)) f.push('conEndsSentence');
  if (/^\p{Lu}/u.test(a.sourceText ?? '')) f.push('srcCapital');
  return f;
}

/** The model's raw score (log-odds) for a feature list. */
export function rawScore(features: string[], model: ConfidenceModel = CONFIDENCE_MODEL): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}
/** A model's weights as a Map, made once per model: a thousand-key object is slow to look up. */
const weightMaps = new WeakMap<ConfidenceModel, Map<string, number>>();

/** A raw score through the calibration map, rounded to two places. */
export function calibrate(z: number, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  const { x, y } = model.calibration;
  let p: number;
  if (x.length === 0) p = 1 / (1 + Math.exp(-z));
  else if (z <= x[0]) p = y[0];
  else if (z >= x[x.length - 1]) p = y[y.length - 1];
  else {
    let lo = 0;
    let hi = x.length - 1;
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (x[mid] <= z) lo = mid; else hi = mid; }
    const t = (z - x[lo]) / (x[hi] - x[lo] || 1);
    p = y[lo] + t * (y[hi] - y[lo]);
  }
  return Math.round(Math.min(1, Math.max(0, p)) * 100) / 100;
}

export function confidenceOf(a: ConfidenceInput, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  return calibrate(rawScore(confidenceFeatures(a), model), model);
}
