import { FeatureMatrix, HASHING } from './featureHash';
import type { WordnetTable } from './wordnetClass';
import type { LexiconTable } from './wordLexicon';

/**
 * A linear-chain averaged perceptron (Collins 2002) with Viterbi decoding over
 * BIO tags. Inference reads a binary model file (encodeModel/decodeModel: a
 * magic number, a JSON header with the tags, transitions and the tables the
 * cue model carries, then one byte per weight); training lives in
 * src/tools/train/trainer.ts and never ships.
 */

/**
 * A trained model. Features are hashed into 2^bits rows of one weight per
 * tag, quantised to 8 bits on a log scale: a few megabytes, shipped beside the bundles (dist/models).
 */
export interface PerceptronModel {
  tags: string[];
  bits: number;
  /** Stored level q ≠ 0 means sign(q) · low · e^(step · (|q| − 1)). */
  low: number;
  step: number;
  /** (tags+1) × tags transition weights (already divided by scale), row 0 is the start state. */
  transitions: number[];
  /** Added to each tag's score at run time: shifts precision against recall. */
  bias?: number[];
  /** 2^bits × tags quantised weights. */
  weights: Int8Array;
  /** Word classes the model's features read (the cue tagger's WordNet table). */
  wordnet?: WordnetTable;
  /** compromise's lexicon of single words, for word classes (the cue model carries it). */
  lexicon?: LexiconTable;
}

/** Row of a hashed feature in the weight table. */
export function featureRow(feature: number, bits: number): number {
  return feature >>> (32 - bits);
}

const MAGIC = 0x434c4d31; // "CLM1"

/** Serialises a model: magic, header length, JSON header, weights. */
export function encodeModel(m: PerceptronModel): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ hashing: HASHING, tags: m.tags, bits: m.bits, low: m.low, step: m.step, transitions: m.transitions, wordnet: m.wordnet, lexicon: m.lexicon }));
  const out = new Uint8Array(8 + header.length + m.weights.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, header.length);
  out.set(header, 8);
  out.set(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length), 8 + header.length);
  return out;
}

export function decodeModel(bytes: Uint8Array): PerceptronModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0) !== MAGIC) throw new Error('not a Claim Lens model file');
  const len = view.getUint32(4);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len)));
  if (header.hashing !== HASHING) throw new Error(`model file uses feature hashing ${header.hashing ?? 1}, this engine needs ${HASHING}: run npm run train`);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + len, bytes.byteLength - 8 - len);
  if (weights.length !== (1 << header.bits) * header.tags.length) throw new Error('model file is truncated');
  return { ...header, weights };
}

/** May tag `cur` follow tag `prev` (-1 at the start)? I-X needs B-X or I-X before it. */
function allowed(tags: string[], prev: number, cur: number): boolean {
  const c = tags[cur];
  if (!c.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = tags[prev];
  return p.slice(2) === c.slice(2) && p !== 'O';
}

const allowedTables = new Map<string, Uint8Array>();

/** allowed() for every (prev + 1, cur) pair, computed once per tag set. */
function allowedTable(tags: string[]): Uint8Array {
  const key = tags.join(' ');
  let table = allowedTables.get(key);
  if (!table) {
    const k = tags.length;
    table = new Uint8Array((k + 1) * k);
    for (let p = -1; p < k; p++) for (let t = 0; t < k; t++) table[(p + 1) * k + t] = allowed(tags, p, t) ? 1 : 0;
    allowedTables.set(key, table);
  }
  return table;
}

/** Viterbi over per-token scores (n × tags, row-major) and transition weights with BIO constraints. */
export function viterbi(tags: string[], emissions: Float64Array, transitions: ArrayLike<number>): number[] {
  const k = tags.length;
  const n = emissions.length / k;
  if (n === 0) return [];
  const ok = allowedTable(tags);
  const score = new Float64Array(n * k).fill(-Infinity);
  const back = new Int32Array(n * k);
  for (let t = 0; t < k; t++) {
    if (!ok[t]) continue;
    score[t] = emissions[t] + transitions[t];
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < k; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < k; p++) {
        const s = score[(i - 1) * k + p];
        if (s === -Infinity || !ok[(p + 1) * k + t]) continue;
        const v = s + transitions[(p + 1) * k + t];
        if (v > best) { best = v; arg = p; }
      }
      if (best === -Infinity) continue;
      score[i * k + t] = best + emissions[i * k + t];
      back[i * k + t] = arg;
    }
  }
  let bestTag = 0;
  for (let t = 1; t < k; t++) if (score[(n - 1) * k + t] > score[(n - 1) * k + bestTag]) bestTag = t;
  const path = new Array<number>(n);
  path[n - 1] = bestTag;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * k + path[i]];
  return path;
}

/** Run-time tagger over a stored model. */
export class Tagger {
  readonly tags: string[];
  readonly wordnet?: WordnetTable;
  readonly lexicon?: LexiconTable;
  private readonly transitions: Float64Array;
  /** Weight of each stored level, indexed by level + 128. */
  private readonly levels = new Float64Array(256);

  constructor(private readonly model: PerceptronModel) {
    this.tags = model.tags;
    this.wordnet = model.wordnet;
    this.lexicon = model.lexicon;
    this.transitions = Float64Array.from(model.transitions);
    for (let q = -127; q <= 127; q++) {
      this.levels[q + 128] = q === 0 ? 0 : Math.sign(q) * model.low * Math.exp(model.step * (Math.abs(q) - 1));
    }
  }

  /** Adds the weights of `count` features at `data[from]` to `e`. */
  addRows(e: Float64Array, data: Uint32Array, from: number, count: number): void {
    const k = e.length;
    if (k === 3 && this.tags.length === 3) return this.add3(e, 0, data, from, count);
    if (k === 5 && this.tags.length === 5) return this.add5(e, 0, data, from, count);
    const { weights, bits } = this.model;
    const levels = this.levels;
    const shift = 32 - bits;
    for (let j = from; j < from + count; j++) {
      const base = (data[j] >>> shift) * k;
      for (let t = 0; t < k; t++) e[t] += levels[weights[base + t] + 128];
    }
  }

  /**
   * Per-token scores of each tag (n × tags, row-major). `base`, when given,
   * holds the starting scores (and receives the sums).
   */
  emissions(m: FeatureMatrix, base?: Float64Array): Float64Array {
    const k = this.tags.length;
    const out = base ?? new Float64Array(m.length * k);
    for (let i = 0; i < m.length; i++) {
      if (k === 3) this.add3(out, i * 3, m.data, i * m.width, m.width);
      else if (k === 5) this.add5(out, i * 5, m.data, i * m.width, m.width);
      else this.addRows(out.subarray(i * k, i * k + k), m.data, i * m.width, m.width);
    }
    return out;
  }

  /** addRows for three tags, summed in locals: the hot loop of the cue tagger. */
  private add3(out: Float64Array, at: number, data: Uint32Array, from: number, count: number): void {
    const { weights, bits } = this.model;
    const levels = this.levels;
    const shift = 32 - bits;
    let a = out[at], b = out[at + 1], c = out[at + 2];
    for (let j = from, end = from + count; j < end; j++) {
      const base = (data[j] >>> shift) * 3;
      a += levels[weights[base] + 128];
      b += levels[weights[base + 1] + 128];
      c += levels[weights[base + 2] + 128];
    }
    out[at] = a; out[at + 1] = b; out[at + 2] = c;
  }

  /** addRows for five tags, summed in locals: the hot loop of the role tagger. */
  private add5(out: Float64Array, at: number, data: Uint32Array, from: number, count: number): void {
    const { weights, bits } = this.model;
    const levels = this.levels;
    const shift = 32 - bits;
    let a = out[at], b = out[at + 1], c = out[at + 2], d = out[at + 3], e = out[at + 4];
    for (let j = from, end = from + count; j < end; j++) {
      const base = (data[j] >>> shift) * 5;
      a += levels[weights[base] + 128];
      b += levels[weights[base + 1] + 128];
      c += levels[weights[base + 2] + 128];
      d += levels[weights[base + 3] + 128];
      e += levels[weights[base + 4] + 128];
    }
    out[at] = a; out[at + 1] = b; out[at + 2] = c; out[at + 3] = d; out[at + 4] = e;
  }

  /**
   * The best tag sequence. `onlyO(i)`, when given, says token i must be tagged
   * O (the role tagger's cue tokens): its other tags are made impossible.
   */
  tag(m: FeatureMatrix, onlyO?: (i: number) => boolean, base?: Float64Array): string[] {
    const em = this.emissions(m, base);
    const bias = this.model.bias;
    const k = this.tags.length;
    if (bias) for (let j = 0; j < em.length; j++) em[j] += bias[j % k] ?? 0;
    if (onlyO) for (let i = 0; i < m.length; i++) if (onlyO(i)) for (let t = 1; t < k; t++) em[i * k + t] = -Infinity;
    return viterbi(this.tags, em, this.transitions).map((t) => this.tags[t]);
  }
}
