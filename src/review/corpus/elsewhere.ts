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

/** Postings: most keys have one entry, held as it is; an array only when there are more. */
type Postings<K> = Map<K, Entry | Entry[]>;

function add<K>(map: Postings<K>, key: K, e: Entry): void {
  const at = map.get(key);
  if (!at) map.set(key, e);
  else if (Array.isArray(at)) at.push(e);
  else map.set(key, [at, e]);
}

function remove<K>(map: Postings<K>, key: K, e: Entry): void {
  const at = map.get(key);
  if (at === e) map.delete(key);
  else if (Array.isArray(at)) {
    const rest = at.filter((x) => x !== e);
    map.set(key, rest.length === 1 ? rest[0] : rest);
  }
}

const entries = (at: Entry | Entry[] | undefined): readonly Entry[] => (at === undefined ? [] : Array.isArray(at) ? at : [at]);

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
        for (const s of e.shingles) add(this.postings, s, e);
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
        const list = entries(this.postings.get(s));
        // A stock phrase found in many quotes is no evidence of a copy (and would make the lookup quadratic).
        if (list.length > COMMON) continue;
        for (const e of list) {
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
