/**
 * The same quote in several articles (wire copy run by many outlets, a line a
 * campaign repeats): quotes are compared by their normalised words (case,
 * quotation marks, apostrophes, punctuation and white space folded), and
 * near-duplicates by the Jaccard similarity of their sets of five-word
 * shingles. Pure: the extension's "said elsewhere" reuses it.
 *
 * NEAR is chosen on labelled pairs of PolNeAR train quotes (`npm run
 * eval:elsewhere`, gold/README.md); the extension's "said elsewhere"
 * (src/review/corpus/elsewhere.ts) uses the same words, shingles and NEAR.
 */

/** Words per shingle. */
export const SHINGLE = 5;
/** Jaccard similarity of shingle sets from which two quotes are the same quote. */
export const NEAR = 0.4;
/** Quotes of fewer words are not compared: "we will see" runs everywhere without being copied. */
export const MIN_WORDS = 6;
/** A shingle in more quotes than this is a stock phrase, not evidence of a copy (keeps the comparison linear). */
export const COMMON = 64;

export interface Quote {
  /** Which article it is in (its file). */
  file: string;
  /** Its line in that article, from 1. */
  line: number;
  /** The quote's text as written. */
  text: string;
}

export interface Repeated {
  /** The quote as first met (in the order given). */
  text: string;
  occurrences: { file: string; line: number }[];
}

/** The quote's words: lower case, accents and quotation marks folded, punctuation dropped (a word's inner apostrophes and hyphens kept). */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\-\s]+/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

/** A 32-bit FNV-1a hash of a word, mixed. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * A quote's five-word shingles (the whole quote as one, when shorter), each
 * as a 32-bit hash of its words: sorted, each once. Numbers, not strings: a
 * workspace's quotes hold hundreds of thousands of shingles.
 */
export function shingleHashes(words: string[]): Uint32Array {
  const wh = words.map(wordHash);
  const n = Math.max(1, words.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(words.length, i + SHINGLE); k++) h = Math.imul(h ^ wh[k], 0x01000193) ^ (h >>> 13);
    out[i] = h >>> 0;
  }
  out.sort();
  let kept = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i];
  return out.subarray(0, kept);
}

/** The Jaccard similarity of two sorted sets of shingle hashes. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (a.length + b.length - both || 1);
}

/** The Jaccard similarity of two sets. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both || 1);
}

/**
 * How alike two quotes are, from 0 to 1: the Jaccard similarity of their
 * shingle sets (1 for the same words); 0 when either has fewer than
 * MIN_WORDS words (too short to tell a copy from a common phrase).
 */
export function quoteSimilarity(a: string, b: string): number {
  const [wa, wb] = [quoteWords(a), quoteWords(b)];
  if (wa.length < MIN_WORDS || wb.length < MIN_WORDS) return 0;
  return wa.join(' ') === wb.join(' ') ? 1 : overlap(shingleHashes(wa), shingleHashes(wb));
}

/**
 * The quotes found in more than one article, each with every place it
 * occurs (in the order given), most widely repeated first. Quotes within
 * NEAR of each other are grouped transitively (a group's text is its first).
 */
export function repeatedQuotes(quotes: Quote[]): Repeated[] {
  const kept = quotes.map((q) => ({ q, words: quoteWords(q.text) })).filter((x) => x.words.length >= MIN_WORDS);
  const parent = kept.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Exact repeats first, by normalised text.
  const exact = new Map<string, number>();
  kept.forEach((x, i) => {
    const key = x.words.join(' ');
    const first = exact.get(key);
    if (first === undefined) exact.set(key, i);
    else join(first, i);
  });
  // Near repeats: candidates share a shingle; each distinct text is compared once with each candidate.
  const distinct = [...exact.values()];
  const sets = new Map(distinct.map((i) => [i, shingleHashes(kept[i].words)]));
  const postings = new Map<number, number[]>();
  for (const i of distinct) for (const s of sets.get(i)!) {
    const list = postings.get(s) ?? [];
    if (list.length <= COMMON) list.push(i);
    postings.set(s, list);
  }
  for (const i of distinct) {
    const seen = new Set<number>();
    for (const s of sets.get(i)!) {
      const list = postings.get(s)!;
      if (list.length > COMMON) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (root(i) !== root(j) && overlap(sets.get(i)!, sets.get(j)!) >= NEAR) join(i, j);
      }
    }
  }
  const groups = new Map<number, number[]>();
  kept.forEach((_, i) => {
    const group = groups.get(root(i));
    if (group) group.push(i);
    else groups.set(root(i), [i]);
  });
  const out: Repeated[] = [];
  for (const [r, members] of groups) {
    const files = new Set(members.map((i) => kept[i].q.file));
    if (files.size < 2) continue;
    // Two claims of one quote on a line (a quote split by its cue) are one occurrence.
    const places = new Map(members.map((i) => [`${kept[i].q.line}\0${kept[i].q.file}`, { file: kept[i].q.file, line: kept[i].q.line }]));
    out.push({ text: kept[r].q.text, occurrences: [...places.values()] });
  }
  const spread = (g: Repeated) => new Set(g.occurrences.map((o) => o.file)).size;
  return out.sort((a, b) => spread(b) - spread(a) || b.occurrences.length - a.occurrences.length);
}
