import type { Claim } from '../../engine/index';
import { quotedParts } from './figures';
import { COMMON, MIN_WORDS, NEAR, overlap, quoteWords, shingleHashes } from './repeated';

/**
 * "Said elsewhere": what the claims of a set of articles say, kept up to
 * date article by article (the extension's workspace index), and asked for
 * the places in other articles where a claim's words run. A claim is compared
 * by its quoted parts, or, when it quotes nothing (a reporter's paraphrase,
 * "according to"), by its whole content: the same statement reported in
 * other words by two outlets is said elsewhere too (on the labelled pairs of
 * gold/README.md, comparing paraphrases as well raised recall from 40% to 63%
 * for 92% precision instead of 93%). Texts are compared as `repeatedQuotes`
 * compares quotes (src/review/corpus/repeated.ts): the same normalised words,
 * or five-word shingle sets at least NEAR alike. Pure.
 */

/** Where a quote runs: an article (a key the caller chooses: a file, a URI), the claim quoting it, the line of its cue. */
export interface QuotePlace {
  article: string;
  claim: Claim;
  line: number;
}

export interface Elsewhere extends QuotePlace {
  /** 1 for the same words; else the Jaccard similarity of the two quotes' shingle sets. */
  similarity: number;
}

interface Entry {
  place: QuotePlace;
  words: string;
  shingles: Uint32Array;
}

/** Postings: most keys have one entry, held as it is; a set only when there are more. */
type Slot = Entry | Set<Entry>;
type Postings<K> = Map<K, Slot>;
/**
 * Marks a shingle found in more than COMMON quotes: a stock phrase, no
 * evidence of a copy, no longer listed (so that adding and removing articles
 * stays cheap however many quotes share it); it stays marked.
 */
const STOCK: Set<Entry> = new Set();

function add<K>(map: Postings<K>, key: K, e: Entry, cap = Infinity): void {
  const at = map.get(key);
  if (at === undefined) map.set(key, e);
  else if (at === STOCK) return;
  else if (!(at instanceof Set)) map.set(key, new Set([at, e]));
  else if (at.size >= cap) map.set(key, STOCK);
  else at.add(e);
}

function remove<K>(map: Postings<K>, key: K, e: Entry): void {
  const at = map.get(key);
  if (at === e) map.delete(key);
  else if (at instanceof Set && at !== STOCK && at.delete(e) && at.size === 1) map.set(key, at.values().next().value!);
}

const entries = (at: Slot | undefined): Iterable<Entry> => (at === undefined ? [] : at instanceof Set ? at : [at]);

/** What of a claim is compared: its quoted parts, else its whole content. */
export function comparedTexts(claim: Claim): string[] {
  const parts = quotedParts(claim);
  return parts.length ? parts : [claim.contentText];
}

/** A claim's texts long enough to compare: their words joined, and their shingles. */
function comparable(claim: Claim): { words: string; shingles: Uint32Array }[] {
  return comparedTexts(claim).map(quoteWords).filter((w) => w.length >= MIN_WORDS).map((w) => ({ words: w.join(' '), shingles: shingleHashes(w) }));
}

export class QuoteIndex {
  private readonly byArticle = new Map<string, Entry[]>();
  /** Quotes by their words, for exact repeats (wire copy in a hundred outlets shares every shingle with a hundred quotes). */
  private readonly exact: Postings<string> = new Map();
  private readonly postings: Postings<number> = new Map();

  /** Sets an article's quotes, replacing those it had; `lines[i]` is the line of `claims[i]`'s cue. */
  set(article: string, claims: readonly Claim[], lines: readonly number[]): void {
    this.delete(article);
    const entries: Entry[] = [];
    claims.forEach((claim, i) => {
      for (const q of comparable(claim)) {
        const e: Entry = { place: { article, claim, line: lines[i] ?? 0 }, ...q };
        entries.push(e);
        add(this.exact, e.words, e);
        for (const s of e.shingles) add(this.postings, s, e, COMMON);
      }
    });
    if (entries.length) this.byArticle.set(article, entries);
  }

  delete(article: string): void {
    for (const e of this.byArticle.get(article) ?? []) {
      remove(this.exact, e.words, e);
      for (const s of e.shingles) remove(this.postings, s, e);
    }
    this.byArticle.delete(article);
  }

  clear(): void {
    this.byArticle.clear();
    this.exact.clear();
    this.postings.clear();
  }

  /** How many articles hold a quote. */
  get articles(): number {
    return this.byArticle.size;
  }

  /**
   * The places in other articles than `article` where the claim's quotes
   * run (each other claim once, at its best similarity), most alike first,
   * then by article and line.
   */
  elsewhere(claim: Claim, article: string, near = NEAR): Elsewhere[] {
    const best = new Map<Entry, number>();
    const consider = (e: Entry, similarity: number) => {
      if (e.place.article !== article && similarity >= near && similarity > (best.get(e) ?? -1)) best.set(e, similarity);
    };
    for (const q of comparable(claim)) {
      for (const e of entries(this.exact.get(q.words))) consider(e, 1);
      const seen = new Set<Entry>();
      for (const s of q.shingles) {
        // A stock phrase (STOCK) lists nothing: it is no evidence of a copy, and would make the lookup quadratic.
        for (const e of entries(this.postings.get(s))) {
          if (seen.has(e) || best.get(e) === 1) continue;
          seen.add(e);
          consider(e, e.words === q.words ? 1 : overlap(q.shingles, e.shingles));
        }
      }
    }
    const byClaim = new Map<Claim, Elsewhere>();
    for (const [e, similarity] of best) {
      const known = byClaim.get(e.place.claim);
      if (!known || known.similarity < similarity) byClaim.set(e.place.claim, { ...e.place, similarity });
    }
    return [...byClaim.values()].sort((a, b) => b.similarity - a.similarity || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.line - b.line));
  }
}
