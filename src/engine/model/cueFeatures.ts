import type { FeatureDoc } from './wordFeatures';
import { f1, f2, f3, FeatureMatrix, featureMatrix } from './featureHash';
import { CLAUSE, CLOSES, END, OPENS, START, SUBJECT, within, wordnetCodes } from './wordFeatures';
import type { WordnetTable } from './wordnetClass';

/** The cue tagger's features: CUE_WIDTH hashed features per token of a sentence. */

export const CUE_WIDTH = 41;

/** Cue features that read only the token itself (its word, stem, shape, class, lexicon and WordNet classes): the same wherever the word stands. */
export const CUE_WORD = 9;
export const CUE_CONTEXT = CUE_WIDTH - CUE_WORD;

/** Writes the CUE_WORD word-only cue features of token i at d[k]. */
export function cueWordFeatures(doc: FeatureDoc, i: number, wordnet: WordnetTable | undefined, d: Uint32Array, k: number): void {
  const { w: W, s: S, sh: SH, suf, cl: CL, lex } = doc.hashes;
  const wn = wordnetCodes(doc, wordnet)[i];
  const c = CL[i];
  d[k++] = f1(1, 0);
  d[k++] = f1(2, W[i]);
  d[k++] = f1(3, S[i]);
  d[k++] = f1(4, SH[i]);
  d[k++] = f1(5, suf[i]);
  d[k++] = f1(18, c);
  d[k++] = f2(32, lex[i], c);
  d[k++] = f2(37, wn & 0xff, c);
  d[k] = f2(39, (wn >> 10) & 0xff, c);
}

/**
 * Features of every token of a sentence, for the cue tagger; `wordnet` is the
 * table the model was trained with. With `contextOnly`, the CUE_CONTEXT
 * features that read the token's neighbours and sentence (the engine scores the
 * word-only ones once per word: src/engine/extract/pipeline.ts); training reads all.
 */
export function cueFeatures(doc: FeatureDoc, first: number, last: number, wordnet?: WordnetTable, contextOnly = false): FeatureMatrix {
  const { quoteOf } = doc;
  const { w: W, s: S, sh: SH, cl: CL, lex, flags } = doc.hashes;
  const wn = wordnetCodes(doc, wordnet);
  const m = featureMatrix(last - first, contextOnly ? CUE_CONTEXT : CUE_WIDTH);
  // Is there a "that", a colon or a quote mark anywhere after each token in the sentence?
  const clauseAfter = new Uint8Array(last - first + 1);
  for (let i = last - 1; i >= first; i--) clauseAfter[i - first] = clauseAfter[i - first + 1] | (flags[i] & CLAUSE);
  const d = m.data;
  let hasQuote = 0;
  for (let i = first; i < last; i++) if (quoteOf[i] >= 0) { hasQuote = 1; break; }
  let k = 0;
  for (let i = first; i < last; i++) {
    const c = CL[i];
    const pc = i > first ? CL[i - 1] : START;
    const nc = i + 1 < last ? CL[i + 1] : END;
    const pc2 = i > first + 1 ? CL[i - 2] : START;
    const w = W[i];
    const p = i > first ? W[i - 1] : START;
    const p2 = i > first + 1 ? W[i - 2] : START;
    const n = i + 1 < last ? W[i + 1] : END;
    const n2 = i + 2 < last ? W[i + 2] : END;
    const n3 = i + 3 < last ? W[i + 3] : END;
    const s = S[i];
    const q = quoteOf[i] >= 0 ? 1 : 0;
    const pos = i === first ? 0 : i - first < 4 ? 1 : last - i < 4 ? 3 : 2;
    if (!contextOnly) {
      cueWordFeatures(doc, i, wordnet, d, k);
      k += CUE_WORD;
    }
    d[k++] = f1(6, p);
    d[k++] = f1(7, n);
    d[k++] = f1(8, p2);
    d[k++] = f1(9, n2);
    d[k++] = f2(10, p, w);
    d[k++] = f2(11, w, n);
    d[k++] = f2(12, p, s);
    d[k++] = f2(13, s, n);
    d[k++] = f1(14, q);
    d[k++] = f2(15, q, s);
    d[k++] = f1(16, i === first ? 1 : 0);
    d[k++] = f2(17, i > first ? SH[i - 1] : START, s);
    d[k++] = f2(19, pc, c);
    d[k++] = f2(20, c, nc);
    d[k++] = f3(21, pc, c, nc);
    d[k++] = f3(22, pc2, pc, c);
    d[k++] = f2(23, pc, s);
    d[k++] = f2(24, s, nc);
    d[k++] = f2(25, hasQuote, c);
    d[k++] = f2(26, n3, s);
    d[k++] = f2(27, within(flags, i + 1, Math.min(last, i + 4), CLAUSE), c);
    d[k++] = f2(28, pos, c);
    d[k++] = f3(29, p, w, n);
    d[k++] = f3(30, p2, p, s);
    d[k++] = f3(31, s, n, n2);
    d[k++] = f3(33, lex[i], q, clauseAfter[i - first + 1]);
    d[k++] = f2(34, clauseAfter[i - first + 1], s);
    // A name or personal pronoun among the three tokens before; a quote closing just before, or opening just after.
    d[k++] = f2(35, within(flags, Math.max(first, i - 3), i, SUBJECT), s);
    d[k++] = f2(36, within(flags, Math.max(first, i - 3), i, CLOSES) | (within(flags, i + 1, Math.min(last, i + 4), OPENS) << 1), s);
    const verbFile = wn[i] & 0xff;
    const senseFlags = ((wn[i] >> 8) & 3) | ((wn[i] >> 16) & 4);
    d[k++] = f2(38, senseFlags, q);
    d[k++] = f3(40, verbFile, senseFlags, clauseAfter[i - first + 1]);
    d[k++] = f2(41, senseFlags, pc);
  }
  return m;
}
