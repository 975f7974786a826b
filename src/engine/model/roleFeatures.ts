import type { FeatureDoc } from './wordFeatures';
import { f1, f2, f3, f4, FeatureMatrix, featureMatrix } from './featureHash';
import { COMMA, END, NONE, QUOTE, START } from './wordFeatures';

/** The source/content tagger's features: ROLE_WIDTH hashed features per token of a cue's window, in parts by what they read. */

const DIST = [0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7];
function bucket(d: number): number {
  return d < DIST.length ? DIST[d] : d <= 25 ? 8 : d <= 40 ? 9 : 10;
}

/** Where a token stands relative to the cue. */
export const enum Rel { Left = 0, Right = 1, Cue = 2 }

/** The first ROLE_STATIC role features of a token depend only on the token and its side of the cue. */
export const ROLE_STATIC = 9;
export const ROLE_WIDTH = 31;

/** Writes the ROLE_STATIC cue-independent features of token `i` on side `r` at `d[k]`. */
export function roleStaticFeatures(doc: FeatureDoc, i: number, r: Rel, d: Uint32Array, k: number): void {
  const { w: W, sh: SH, cl: CL } = doc.hashes;
  const n = doc.tokens.length;
  const p = i > 0 ? W[i - 1] : NONE;
  const nx = i + 1 < n ? W[i + 1] : NONE;
  const cl = CL[i];
  const pcl = i > 0 ? CL[i - 1] : START;
  const ncl = i + 1 < n ? CL[i + 1] : END;
  d[k++] = f2(101, r, cl);
  d[k++] = f3(102, r, pcl, cl);
  d[k++] = f3(103, r, cl, ncl);
  d[k++] = f1(106, r);
  d[k++] = f2(110, r, W[i]);
  d[k++] = f2(111, r, SH[i]);
  d[k++] = f2(117, r, p);
  d[k++] = f2(118, r, nx);
  d[k] = f3(119, r, p, W[i]);
}

/** Where each token of a cue's window stands: what the role features read besides the words. */
export interface RoleLayout {
  first: number;
  last: number;
  /** Per token of the window: its side of the cue (a Rel). */
  side: Uint8Array;
  /** Per token: its distance from the cue, bucketed. */
  distance: Uint8Array;
  /** Per token: its sentence's offset from the cue's, + 2. */
  sentence: Uint8Array;
  /** Per token: the quotation it stands in: 0 none, 1 the cue's, 2 another. */
  quotation: Uint8Array;
  /** Per token: commas between it and the cue (capped). */
  commas: Uint8Array;
  /** Per token: quote marks between it and the cue (capped). */
  marks: Uint8Array;
  /** Per token: 1 when it opens a sentence. */
  opensSentence: Uint8Array;
  /** Hashes of the cue's stems, its head, and the words just before and after it. */
  cue: number;
  head: number;
  before: number;
  after: number;
}

export function roleLayout(doc: FeatureDoc, first: number, last: number, cueFirst: number, cueLast: number): RoleLayout {
  const { tokens, quoteOf } = doc;
  const { w: W, s: S } = doc.hashes;
  let cue = 0x2a;
  for (let i = cueFirst; i < cueLast; i++) cue = f2(100, cue, S[i]);
  const n = last - first;
  const L: RoleLayout = {
    first, last, side: new Uint8Array(n), distance: new Uint8Array(n), sentence: new Uint8Array(n), quotation: new Uint8Array(n), commas: new Uint8Array(n), marks: new Uint8Array(n), opensSentence: new Uint8Array(n),
    cue, head: S[cueLast - 1], before: cueFirst > 0 ? W[cueFirst - 1] : NONE, after: cueLast < tokens.length ? W[cueLast] : NONE,
  };
  // Commas and quote marks between each token and the cue, by prefix counts.
  const commas = new Int32Array(n + 1);
  const marks = new Int32Array(n + 1);
  for (let i = first; i < last; i++) {
    commas[i - first + 1] = commas[i - first] + (W[i] === COMMA ? 1 : 0);
    marks[i - first + 1] = marks[i - first] + (W[i] === QUOTE ? 1 : 0);
  }
  const between = (pre: Int32Array, i: number) =>
    i < cueFirst ? pre[cueFirst - first] - pre[i - first + 1] : pre[i - first] - pre[Math.min(cueLast, last) - first];
  const cueSentence = tokens[cueFirst].sentence;
  const cueQuote = quoteOf[cueFirst];
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const j = i - first;
    const r = i < cueFirst ? Rel.Left : i >= cueLast ? Rel.Right : Rel.Cue;
    L.side[j] = r;
    L.distance[j] = bucket(r === Rel.Left ? cueFirst - i : r === Rel.Right ? i - cueLast + 1 : 0);
    L.sentence[j] = Math.max(-2, Math.min(2, t.sentence - cueSentence)) + 2;
    L.quotation[j] = quoteOf[i] < 0 ? 0 : quoteOf[i] === cueQuote ? 1 : 2;
    L.commas[j] = Math.min(3, between(commas, i));
    L.marks[j] = Math.min(2, between(marks, i));
    L.opensSentence[j] = i === doc.sentences[t.sentence].first ? 1 : 0;
  }
  return L;
}

/** Role features that read only a token's place (side, distance, sentence, quotation, commas, marks): the same for every word in that place. */
export const ROLE_PLACE = 10;
/** Packs a token's place into one number below 11,880, for remembering the place features' scores. */
export function placeKey(L: RoleLayout, j: number): number {
  return ((((((L.side[j] * 11 + L.distance[j]) * 5 + L.sentence[j]) * 3 + L.quotation[j]) * 4 + L.commas[j]) * 3 + L.marks[j]) * 2) + L.opensSentence[j];
}
export function rolePlaceFeatures(L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const r = L.side[j], bk = L.distance[j], sd = L.sentence[j], q = L.quotation[j], c = L.commas[j], mk = L.marks[j];
  d[k++] = f2(107, r, bk);
  d[k++] = f2(108, r, sd);
  d[k++] = f3(109, r, sd, q);
  d[k++] = f2(112, r, q);
  d[k++] = f3(113, r, q, mk);
  d[k++] = f2(120, r, c);
  d[k++] = f3(121, r, c, sd);
  d[k++] = f2(122, r, mk);
  d[k++] = f4(123, r, c, mk, bk);
  d[k] = f3(129, r, L.opensSentence[j], sd);
}

/** Role features that read the cue and a token's side, distance, sentence and commas: the same within a window for every token so placed. */
export const ROLE_CUE = 8;
export function cuePlaceKey(L: RoleLayout, j: number): number {
  return ((L.side[j] * 11 + L.distance[j]) * 5 + L.sentence[j]) * 4 + L.commas[j];
}
export function roleCueFeatures(L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const r = L.side[j], bk = L.distance[j], sd = L.sentence[j], c = L.commas[j];
  d[k++] = f2(114, r, L.cue);
  d[k++] = f3(115, r, L.head, bk);
  d[k++] = f3(116, r, L.head, sd);
  d[k++] = f2(124, r, L.before);
  d[k++] = f2(125, r, L.after);
  d[k++] = f4(126, r, L.before, L.after, bk);
  d[k++] = f3(127, r, L.after, c);
  d[k] = f3(128, r, L.before, c);
}

/** Role features of a token's own words in its place. */
export const ROLE_WORD = 4;
export function roleWordFeatures(doc: FeatureDoc, L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const { w: W, sh: SH, cl: CL } = doc.hashes;
  const i = L.first + j;
  const r = L.side[j], bk = L.distance[j];
  d[k++] = f3(104, r, CL[i], bk);
  d[k++] = f3(105, r, CL[i], L.quotation[j]);
  d[k++] = f3(130, r, bk, W[i]);
  d[k] = f3(131, r, bk, SH[i]);
}

/**
 * Features of the tokens `first`..`last` relative to a cue at tokens
 * `cueFirst`..`cueLast` (exclusive), for the source/content tagger:
 * ROLE_WIDTH per token. The engine scores the same features in parts
 * (src/engine/extract/pipeline.ts); training reads them whole.
 */
export function roleFeatures(doc: FeatureDoc, first: number, last: number, cueFirst: number, cueLast: number): FeatureMatrix {
  const L = roleLayout(doc, first, last, cueFirst, cueLast);
  const m = featureMatrix(last - first, ROLE_WIDTH);
  for (let j = 0, k = 0; j < last - first; j++, k += ROLE_WIDTH) {
    roleStaticFeatures(doc, first + j, L.side[j], m.data, k);
    rolePlaceFeatures(L, j, m.data, k + ROLE_STATIC);
    roleCueFeatures(L, j, m.data, k + ROLE_STATIC + ROLE_PLACE);
    roleWordFeatures(doc, L, j, m.data, k + ROLE_STATIC + ROLE_PLACE + ROLE_CUE);
  }
  return m;
}
