import { fnv1a } from './fnv';

/**
 * Feature hashing over integers. A feature is a template number combined with
 * the hashes of its parts ("previous word | this word"), so no feature string
 * is ever built at run time: each token's words are hashed once, and each
 * feature costs a multiply-add per part and a final mix.
 */

/** Folds part `k` into feature hash `h`: one multiply-add (a polynomial hash mod 2^32), mixed by finish(). */
function add(h: number, k: number): number {
  return (Math.imul(h, 0x9e3779b1) + k) | 0;
}

/** One step of MurmurHash3's 32-bit mixing: folds `k` into `h`. */
function fold(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** A MurmurHash3-style hash of text.slice(from, to), folded into `seed`: independent of FNV-1a, so the two together make a 64-bit key. */
export function murmurRange(text: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = fold(h, text.charCodeAt(i));
  return finish(h ^ (to - from));
}

/** MurmurHash3's finaliser: every input bit reaches the high bits the table index is taken from. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// f1..f4: finish(add(…add(t, a)…, d)), written out flat. The taggers compute
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
