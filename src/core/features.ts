import type { Doc } from './document';
import { f1, f2, f3, f4, FeatureMatrix, featureMatrix, str } from './featureHash';
import { cueLexiconKind } from './cueLexicon';
import { stem } from './stem';
import type { Token } from './tokenize';
import { wordClass } from './wordClass';
import { wordnetCode, WordnetTable } from './wordnetClass';

/** A word's shape: "Xx", "x", "X", "d", or the punctuation itself. */
export function shape(t: Token): string {
  if (t.kind === 'number') return 'd';
  if (t.kind === 'punct') return t.text;
  const c = t.text.charAt(0);
  if (c === c.toLowerCase()) return 'x';
  return t.text.length > 1 && t.text === t.text.toUpperCase() ? 'X' : 'Xx';
}

/** Quote marks and similar that break clauses, folded to one form. */
function norm(t: Token): string {
  if (/^[“”"«»„]$/.test(t.text)) return '"';
  if (/^[—–]$/.test(t.text)) return '--';
  return t.kind === 'number' ? '<num>' : t.lower;
}

const START = str('<s>');
const END = str('</s>');
const NONE = str('<>');
const QUOTE = str('"');
const COMMA = str(',');

/** The hashes of one token text, and its word class. */
interface WordHashes {
  cls: string;
  /** Kind of predicate in the cue lexicon, 0 if none. */
  lex: number;
  w: number;
  s: number;
  sh: number;
  suf: number;
  cl: number;
  /** CLAUSE | SUBJECT | CLOSES | OPENS. */
  flags: number;
  /** The word's WordNet code in `wnTable`, the table it was last looked up in. */
  wn: number;
  wnTable?: WordnetTable;
}

/** A "that", a colon or an opening quote: a clause may follow. */
const CLAUSE = 1;
/** A capitalised word or a personal pronoun: a subject may stand here. */
const SUBJECT = 2;
const CLOSES = 4;
const OPENS = 8;

function flagsOf(t: Token): number {
  let f = 0;
  if (t.lower === 'that' || t.text === ':' || t.text === '“' || t.text === '"') f |= CLAUSE;
  if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || /^(he|she|they|we|i|it|who)$/.test(t.lower))) f |= SUBJECT;
  if (t.text === '”' || t.text === '"') f |= CLOSES;
  if (t.text === '“' || t.text === '"') f |= OPENS;
  return f;
}

const words = new Map<string, WordHashes>();

/** A token's hashes, remembered by its text (a token's kind and lower case follow from its text). */
function wordHashes(t: Token): WordHashes {
  let h = words.get(t.text);
  if (!h) {
    const w = norm(t);
    const cls = t.kind === 'punct' ? w : wordClass(t.lower, t.text);
    h = { cls, lex: cueLexiconKind(stem(w)), w: str(w), s: str(stem(w)), sh: str(shape(t)), suf: str(w.slice(-3)), cl: str(cls), flags: flagsOf(t), wn: 0 };
    if (words.size >= 100_000) words.clear();
    words.set(t.text, h);
  }
  return h;
}

/** Per-token hashes of the strings features are made of, computed once per document. */
export interface TokenHashes {
  classes: string[];
  words: WordHashes[];
  flags: Uint8Array;
  lex: Uint8Array;
  w: Int32Array;
  s: Int32Array;
  sh: Int32Array;
  suf: Int32Array;
  cl: Int32Array;
}

export function tokenHashes(doc: Doc): TokenHashes {
  const d = doc as Doc & { hashes?: TokenHashes };
  if (d.hashes) return d.hashes;
  const n = doc.tokens.length;
  const h: TokenHashes = { classes: [], words: [], flags: new Uint8Array(n), lex: new Uint8Array(n), w: new Int32Array(n), s: new Int32Array(n), sh: new Int32Array(n), suf: new Int32Array(n), cl: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const x = wordHashes(doc.tokens[i]);
    h.classes.push(x.cls);
    h.words.push(x);
    h.flags[i] = x.flags;
    h.lex[i] = x.lex;
    h.w[i] = x.w;
    h.s[i] = x.s;
    h.sh[i] = x.sh;
    h.suf[i] = x.suf;
    h.cl[i] = x.cl;
  }
  d.hashes = h;
  return h;
}

/** Word classes of all tokens of a document, computed once and cached on the document. */
export function classes(doc: Doc): string[] {
  return tokenHashes(doc).classes;
}

export const CUE_WIDTH = 41;

/** Per token: its WordNet code (see src/train/wordnet.ts), computed once per document and table. */
function wordnetCodes(doc: Doc, table: WordnetTable | undefined): Int32Array {
  const d = doc as Doc & { wordnet?: { table?: WordnetTable; codes: Int32Array } };
  if (d.wordnet && d.wordnet.table === table) return d.wordnet.codes;
  const codes = new Int32Array(doc.tokens.length);
  const { words: hashes } = tokenHashes(doc);
  for (let i = 0; i < codes.length; i++) {
    const h = hashes[i];
    if (h.wnTable !== table) {
      h.wn = table && doc.tokens[i].kind === 'word' ? wordnetCode(table, doc.tokens[i].lower) : 0;
      h.wnTable = table;
    }
    codes[i] = h.wn;
  }
  d.wordnet = { table, codes };
  return codes;
}

/** Cue features that read only the token itself (its word, stem, shape, class, lexicon and WordNet classes): the same wherever the word stands. */
export const CUE_WORD = 9;
export const CUE_CONTEXT = CUE_WIDTH - CUE_WORD;

/** Writes the CUE_WORD word-only cue features of token i at d[k]. */
export function cueWordFeatures(doc: Doc, i: number, wordnet: WordnetTable | undefined, d: Uint32Array, k: number): void {
  const { w: W, s: S, sh: SH, suf, cl: CL, lex } = tokenHashes(doc);
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
 * word-only ones once per word: src/core/extract.ts); training reads all.
 */
export function cueFeatures(doc: Doc, first: number, last: number, wordnet?: WordnetTable, contextOnly = false): FeatureMatrix {
  const { quoteOf } = doc;
  const { w: W, s: S, sh: SH, cl: CL, lex, flags } = tokenHashes(doc);
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

/** 1 when a token in from..to (exclusive) has the flag. */
function within(flags: Uint8Array, from: number, to: number, flag: number): number {
  for (let i = from; i < to; i++) if (flags[i] & flag) return 1;
  return 0;
}

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
export function roleStaticFeatures(doc: Doc, i: number, r: Rel, d: Uint32Array, k: number): void {
  const { w: W, sh: SH, cl: CL } = tokenHashes(doc);
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
  /** Per token: side of the cue (Rel), distance bucket, sentence offset + 2, quotation (0 none, 1 the cue's, 2 another), commas and quote marks between it and the cue (capped), opens a sentence. */
  rel: Uint8Array;
  bk: Uint8Array;
  sd: Uint8Array;
  q: Uint8Array;
  c: Uint8Array;
  mk: Uint8Array;
  sf: Uint8Array;
  /** Hashes of the cue's stems, its head, and the words just before and after it. */
  cue: number;
  head: number;
  before: number;
  after: number;
}

export function roleLayout(doc: Doc, first: number, last: number, cueFirst: number, cueLast: number): RoleLayout {
  const { tokens, quoteOf } = doc;
  const { w: W, s: S } = tokenHashes(doc);
  let cue = 0x2a;
  for (let i = cueFirst; i < cueLast; i++) cue = f2(100, cue, S[i]);
  const n = last - first;
  const L: RoleLayout = {
    first, last, rel: new Uint8Array(n), bk: new Uint8Array(n), sd: new Uint8Array(n), q: new Uint8Array(n), c: new Uint8Array(n), mk: new Uint8Array(n), sf: new Uint8Array(n),
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
    L.rel[j] = r;
    L.bk[j] = bucket(r === Rel.Left ? cueFirst - i : r === Rel.Right ? i - cueLast + 1 : 0);
    L.sd[j] = Math.max(-2, Math.min(2, t.sentence - cueSentence)) + 2;
    L.q[j] = quoteOf[i] < 0 ? 0 : quoteOf[i] === cueQuote ? 1 : 2;
    L.c[j] = Math.min(3, between(commas, i));
    L.mk[j] = Math.min(2, between(marks, i));
    L.sf[j] = i === doc.sentences[t.sentence].first ? 1 : 0;
  }
  return L;
}

/** Role features that read only a token's place (side, distance, sentence, quotation, commas, marks): the same for every word in that place. */
export const ROLE_PLACE = 10;
/** Packs a token's place into one number below 11,880, for remembering the place features' scores. */
export function placeKey(L: RoleLayout, j: number): number {
  return ((((((L.rel[j] * 11 + L.bk[j]) * 5 + L.sd[j]) * 3 + L.q[j]) * 4 + L.c[j]) * 3 + L.mk[j]) * 2) + L.sf[j];
}
export function rolePlaceFeatures(L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const r = L.rel[j], bk = L.bk[j], sd = L.sd[j], q = L.q[j], c = L.c[j], mk = L.mk[j];
  d[k++] = f2(107, r, bk);
  d[k++] = f2(108, r, sd);
  d[k++] = f3(109, r, sd, q);
  d[k++] = f2(112, r, q);
  d[k++] = f3(113, r, q, mk);
  d[k++] = f2(120, r, c);
  d[k++] = f3(121, r, c, sd);
  d[k++] = f2(122, r, mk);
  d[k++] = f4(123, r, c, mk, bk);
  d[k] = f3(129, r, L.sf[j], sd);
}

/** Role features that read the cue and a token's side, distance, sentence and commas: the same within a window for every token so placed. */
export const ROLE_CUE = 8;
export function cuePlaceKey(L: RoleLayout, j: number): number {
  return ((L.rel[j] * 11 + L.bk[j]) * 5 + L.sd[j]) * 4 + L.c[j];
}
export function roleCueFeatures(L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const r = L.rel[j], bk = L.bk[j], sd = L.sd[j], c = L.c[j];
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
export function roleWordFeatures(doc: Doc, L: RoleLayout, j: number, d: Uint32Array, k: number): void {
  const { w: W, sh: SH, cl: CL } = tokenHashes(doc);
  const i = L.first + j;
  const r = L.rel[j], bk = L.bk[j];
  d[k++] = f3(104, r, CL[i], bk);
  d[k++] = f3(105, r, CL[i], L.q[j]);
  d[k++] = f3(130, r, bk, W[i]);
  d[k] = f3(131, r, bk, SH[i]);
}

/**
 * Features of the tokens `first`..`last` relative to a cue at tokens
 * `cueFirst`..`cueLast` (exclusive), for the source/content tagger:
 * ROLE_WIDTH per token. The engine scores the same features in parts
 * (src/core/extract.ts); training reads them whole.
 */
export function roleFeatures(doc: Doc, first: number, last: number, cueFirst: number, cueLast: number): FeatureMatrix {
  const L = roleLayout(doc, first, last, cueFirst, cueLast);
  const m = featureMatrix(last - first, ROLE_WIDTH);
  for (let j = 0, k = 0; j < last - first; j++, k += ROLE_WIDTH) {
    roleStaticFeatures(doc, first + j, L.rel[j], m.data, k);
    rolePlaceFeatures(L, j, m.data, k + ROLE_STATIC);
    roleCueFeatures(L, j, m.data, k + ROLE_STATIC + ROLE_PLACE);
    roleWordFeatures(doc, L, j, m.data, k + ROLE_STATIC + ROLE_PLACE + ROLE_CUE);
  }
  return m;
}
