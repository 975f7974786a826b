import type { Doc } from './document';
import { stem } from './stem';
import type { TokenFeatures } from './perceptron';
import type { Token } from './tokenize';
import { wordClass } from './wordClass';

/** A word's shape: "Xx", "x", "X", "d", or the punctuation itself. */
export function shape(t: Token): string {
  if (t.kind === 'number') return 'd';
  if (t.kind === 'punct') return t.text;
  const c = t.text.charAt(0);
  if (c === c.toLowerCase()) return 'x';
  return t.text.length > 1 && t.text === t.text.toUpperCase() ? 'X' : 'Xx';
}

/** Quote marks and similar that break clauses, folded to one form. */
function norm(t: Token | undefined): string {
  if (!t) return '<>';
  if (/^[“”"«»„]$/.test(t.text)) return '"';
  if (/^[—–]$/.test(t.text)) return '--';
  return t.kind === 'number' ? '<num>' : t.lower;
}

/** Word classes of all tokens of a document, computed once and cached on the document. */
export function classes(doc: Doc): string[] {
  const cached = (doc as Doc & { classes?: string[] }).classes;
  if (cached) return cached;
  const cls = doc.tokens.map((t) => (t.kind === 'punct' ? norm(t) : wordClass(t.lower, t.text)));
  (doc as Doc & { classes?: string[] }).classes = cls;
  return cls;
}

/** Features of every token of a sentence, for the cue tagger. */
export function cueFeatures(doc: Doc, first: number, last: number): TokenFeatures[] {
  const { tokens, quoteOf } = doc;
  const cls = classes(doc);
  const out: TokenFeatures[] = [];
  let hasQuote = false;
  for (let i = first; i < last; i++) if (quoteOf[i] >= 0) { hasQuote = true; break; }
  for (let i = first; i < last; i++) {
    const c = cls[i];
    const pc = i > first ? cls[i - 1] : '<s>';
    const nc = i + 1 < last ? cls[i + 1] : '</s>';
    const pc2 = i > first + 1 ? cls[i - 2] : '<s>';
    const t = tokens[i];
    const w = norm(t);
    const p = i > first ? norm(tokens[i - 1]) : '<s>';
    const p2 = i > first + 1 ? norm(tokens[i - 2]) : '<s>';
    const n = i + 1 < last ? norm(tokens[i + 1]) : '</s>';
    const n2 = i + 2 < last ? norm(tokens[i + 2]) : '</s>';
    const s = stem(w);
    const q = quoteOf[i] >= 0 ? 'in' : 'out';
    out.push([
      'b',
      'w=' + w,
      's=' + s,
      'sh=' + shape(t),
      'suf=' + w.slice(-3),
      'p=' + p,
      'n=' + n,
      'p2=' + p2,
      'n2=' + n2,
      'pw=' + p + '|' + w,
      'wn=' + w + '|' + n,
      'ps=' + p + '|' + s,
      'sn=' + s + '|' + n,
      'q=' + q,
      'qs=' + q + '|' + s,
      i === first ? 'first' : 'mid',
      'psh=' + (i > first ? shape(tokens[i - 1]) : '<s>') + '|' + s,
      'c=' + c,
      'pc=' + pc + '|' + c,
      'cn=' + c + '|' + nc,
      'pcn=' + pc + '|' + c + '|' + nc,
      'ppc=' + pc2 + '|' + pc + '|' + c,
      'cw=' + pc + '|' + s,
      'wc=' + s + '|' + nc,
      'hq=' + hasQuote + '|' + c,
      'n3=' + (i + 3 < last ? norm(tokens[i + 3]) : '</s>') + '|' + s,
      'thatsoon=' + thatWithin(tokens, i + 1, Math.min(last, i + 4)) + '|' + c,
      'pos=' + (i === first ? 0 : i - first < 4 ? 1 : last - i < 4 ? 3 : 2) + '|' + c,
    ]);
  }
  return out;
}

function thatWithin(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].lower === 'that' || tokens[i].text === ':' || /^[“"]$/.test(tokens[i].text)) return true;
  return false;
}

const DIST = [0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7];
function bucket(d: number): number {
  return d < DIST.length ? DIST[d] : d <= 25 ? 8 : d <= 40 ? 9 : 10;
}

/**
 * Features of the tokens `first`..`last` relative to a cue at tokens
 * `cueFirst`..`cueLast` (exclusive), for the source/content tagger.
 */
export function roleFeatures(doc: Doc, first: number, last: number, cueFirst: number, cueLast: number): TokenFeatures[] {
  const { tokens, quoteOf } = doc;
  const cls = classes(doc);
  const cueWords = tokens.slice(cueFirst, cueLast).map((t) => stem(norm(t)));
  const cue = cueWords.join('_');
  const cueHead = cueWords[cueWords.length - 1];
  const cueSentence = tokens[cueFirst].sentence;
  const cueQuote = quoteOf[cueFirst];
  const before = norm(tokens[cueFirst - 1]);
  const after = norm(tokens[cueLast]);
  const out: TokenFeatures[] = [];

  // Commas and quote marks between each token and the cue, by prefix counts.
  const commas = new Int32Array(last - first + 1);
  const marks = new Int32Array(last - first + 1);
  for (let i = first; i < last; i++) {
    commas[i - first + 1] = commas[i - first] + (tokens[i].text === ',' ? 1 : 0);
    marks[i - first + 1] = marks[i - first] + (norm(tokens[i]) === '"' ? 1 : 0);
  }
  const between = (pre: Int32Array, i: number) =>
    i < cueFirst ? pre[cueFirst - first] - pre[i - first + 1] : pre[i - first] - pre[Math.min(cueLast, last) - first];

  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const rel = i < cueFirst ? 'L' : i >= cueLast ? 'R' : 'C';
    const d = rel === 'L' ? cueFirst - i : rel === 'R' ? i - cueLast + 1 : 0;
    const bk = bucket(d);
    const sd = Math.max(-2, Math.min(2, t.sentence - cueSentence));
    const q = quoteOf[i] < 0 ? 'out' : quoteOf[i] === cueQuote ? 'same' : 'in';
    const w = norm(t);
    const c = Math.min(3, between(commas, i));
    const m = Math.min(2, between(marks, i));
    const sh = shape(t);
    const p = norm(tokens[i - 1]);
    const n = norm(tokens[i + 1]);
    const sentFirst = i === doc.sentences[t.sentence].first;
    const r = rel;
    const cl = cls[i];
    const pcl = i > 0 ? cls[i - 1] : '<s>';
    const ncl = i + 1 < tokens.length ? cls[i + 1] : '</s>';
    out.push([
      r + '|cl=' + cl,
      r + '|cl=' + pcl + '|' + cl,
      r + '|cl=' + cl + '|' + ncl,
      r + '|cl=' + cl + '|d=' + bk,
      r + '|cl=' + cl + '|q=' + q,
      'b|' + r,
      r + '|d=' + bk,
      r + '|sd=' + sd,
      r + '|sd=' + sd + '|q=' + q,
      r + '|w=' + w,
      r + '|sh=' + sh,
      r + '|q=' + q,
      r + '|q=' + q + '|m=' + m,
      r + '|cue=' + cue,
      r + '|head=' + cueHead + '|d=' + bk,
      r + '|head=' + cueHead + '|sd=' + sd,
      r + '|p=' + p,
      r + '|n=' + n,
      r + '|pw=' + p + '|' + w,
      r + '|c=' + c,
      r + '|c=' + c + '|sd=' + sd,
      r + '|m=' + m,
      r + '|c=' + c + '|m=' + m + '|d=' + bk,
      r + '|bef=' + before,
      r + '|aft=' + after,
      r + '|bef=' + before + '|aft=' + after + '|d=' + bk,
      r + '|aft=' + after + '|c=' + c,
      r + '|bef=' + before + '|c=' + c,
      r + '|first=' + sentFirst + '|sd=' + sd,
      r + '|d=' + bk + '|w=' + w,
      r + '|d=' + bk + '|sh=' + sh,
    ]);
  }
  return out;
}
