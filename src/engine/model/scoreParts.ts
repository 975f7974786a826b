import type { FeatureDoc } from './wordFeatures';
import { featureMatrix } from './featureHash';
import { CUE_WORD, cueWordFeatures } from './cueFeatures';
import {
  cuePlaceKey, placeKey, Rel, ROLE_CUE, ROLE_PLACE, ROLE_STATIC, ROLE_WORD, roleCueFeatures, roleLayout, RoleLayout,
  rolePlaceFeatures, roleStaticFeatures, roleWordFeatures,
} from './roleFeatures';
import type { Tagger } from './perceptron';

/**
 * The taggers' scores, computed in parts so that most of them are looked
 * up once and reused (the features are those of roleFeatures(), which training
 * reads whole):
 * - a token's own words on one side of a cue: once per token and side (a token
 *   lies in the window of every cue near it);
 * - a token's place (side, distance, sentence, quotation, commas): once per
 *   place for the model — there are fewer than 11,880 places;
 * - the cue's words with a token's side, distance, sentence and commas: once per
 *   window and place;
 * - the rest, a token's words at its distance: per token and window.
 */

/** Scores of each token's cue-independent features per side of the cue, for one document, on first use. */
export function staticScores(doc: FeatureDoc, role: Tagger): (i: number, r: Rel) => Float64Array {
  const k = role.tags.length;
  const scores = new Float64Array(doc.tokens.length * 3 * k);
  const done = new Uint8Array(doc.tokens.length * 3);
  const feats = new Uint32Array(ROLE_STATIC);
  return (i, r) => {
    const at = i * 3 + r;
    const e = scores.subarray(at * k, at * k + k);
    if (!done[at]) {
      roleStaticFeatures(doc, i, r, feats, 0);
      role.addRows(e, feats, 0, ROLE_STATIC);
      done[at] = 1;
    }
    return e;
  };
}

const places = new WeakMap<Tagger, (Float64Array | undefined)[]>();

/** Scores of the place features, per model and place, on first use. */
function placeScores(role: Tagger, table: (Float64Array | undefined)[], L: RoleLayout, j: number): Float64Array {
  const key = placeKey(L, j);
  let e = table[key];
  if (!e) {
    const feats = new Uint32Array(ROLE_PLACE);
    rolePlaceFeatures(L, j, feats, 0);
    e = new Float64Array(role.tags.length);
    role.addRows(e, feats, 0, ROLE_PLACE);
    table[key] = e;
  }
  return e;
}

/** Role tags for the window first..last around the cue cueFirst..cueLast; tokens of the cue are tagged O. */
export function tagRoles(doc: FeatureDoc, role: Tagger, first: number, last: number, cueFirst: number, cueLast: number, statics: (i: number, r: Rel) => Float64Array): string[] {
  const L = roleLayout(doc, first, last, cueFirst, cueLast);
  const n = last - first;
  const k = role.tags.length;
  const words = featureMatrix(n, ROLE_WORD);
  for (let j = 0; j < n; j++) roleWordFeatures(doc, L, j, words.data, j * ROLE_WORD);
  let table = places.get(role);
  if (!table) places.set(role, (table = []));
  const byCue: (Float64Array | undefined)[] = [];
  const cueFeats = new Uint32Array(ROLE_CUE);
  // Each token's starting scores: its words on this side, its place, the cue with its place.
  const base = new Float64Array(n * k);
  for (let j = 0; j < n; j++) {
    const key = cuePlaceKey(L, j);
    let c = byCue[key];
    if (!c) {
      roleCueFeatures(L, j, cueFeats, 0);
      c = new Float64Array(k);
      role.addRows(c, cueFeats, 0, ROLE_CUE);
      byCue[key] = c;
    }
    const s = statics(first + j, L.side[j] as Rel);
    const p = placeScores(role, table, L, j);
    for (let t = 0; t < k; t++) base[j * k + t] = s[t] + p[t] + c[t];
  }
  const onCue = (j: number) => first + j >= cueFirst && first + j < cueLast;
  return role.tag(words, onCue, base);
}

/**
 * The cue tagger's scores from the word-only features of the tokens
 * first..last (n × tags): each token text's are remembered with its hashes, per
 * model (they are the same wherever the word stands); the context features are
 * scored per token. The starting scores of a sentence's emissions.
 */
export function cueWordBase(doc: FeatureDoc, cue: Tagger, first: number, last: number): Float64Array {
  const k = cue.tags.length;
  const base = new Float64Array((last - first) * k);
  const { words } = doc.hashes;
  let feats: Uint32Array | undefined;
  for (let i = first; i < last; i++) {
    const h = words[i];
    let e = h.scores;
    if (!e || h.scoredBy !== cue) {
      feats ??= new Uint32Array(CUE_WORD);
      cueWordFeatures(doc, i, cue.wordnet, feats, 0);
      e = new Float64Array(k);
      cue.addRows(e, feats, 0, CUE_WORD);
      h.scores = e;
      h.scoredBy = cue;
    }
    for (let t = 0, at = (i - first) * k; t < k; t++) base[at + t] = e[t];
  }
  return base;
}
