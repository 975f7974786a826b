import { fnv1a } from '../text/fnv';

/**
 * Feature hashing over integers. A feature is a template number combined with
 * the hashes of its parts ("previous word | this word"), so no feature string
 * is ever built at run time: each token's words are hashed once, and each
 * feature costs a multiply-add per part and a final mix.
 */

/** Folds part `k` into feature hash `h`: one multiply-add (a polynomial hash mod 2^32). */
function add(h: number, k: number): number {
  return (Math.imul(h, 0x9e3779b1) + k) | 0;
}

// f1..f4: add(…add(t, a)…, d) mixed by MurmurHash3's finaliser (so every input
// bit reaches the high bits the table row is taken from), written out flat. The taggers compute
// millions of these; as leaf functions without calls they stay cheap even
// where the JIT does not inline them (the feature functions call them dozens
// of times each).
const C = 0x9e3779b1;

export function f1(t: number, a: number): number {
  let h = (Math.imul(t, C) + a) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function f2(t: number, a: number, b: number): number {
  let h = (Math.imul((Math.imul(t, C) + a) | 0, C) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function f3(t: number, a: number, b: number, c: number): number {
  let h = (Math.imul((Math.imul((Math.imul(t, C) + a) | 0, C) + b) | 0, C) + c) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return f3(add(t, a), b, c, d);
}

/** A string's part hash. */
export const str = (s: string): number => fnv1a(s) | 0;

/**
 * Features of a sequence: `width` feature hashes per token, row-major. One
 * flat array instead of an array per token keeps the tagger's inner loop tight.
 */
export interface FeatureMatrix {
  length: number;
  width: number;
  data: Uint32Array;
}

export function featureMatrix(length: number, width: number): FeatureMatrix {
  return { length, width, data: new Uint32Array(length * width) };
}

/** Version of the hashing scheme: a model trained under another one is refused. */
export const HASHING = 3;
