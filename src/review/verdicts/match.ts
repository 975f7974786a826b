import { canonical, type Claim, drain, sortSteps } from '../../engine/index';
import type { ClaimKey, VerdictRecord } from './types';

const CONTEXT = 60;

export function claimKey(text: string, c: Claim): ClaimKey {
  return {
    source: canonical(c.sourceText ?? ''),
    cue: canonical(c.cueText),
    content: canonical(c.contentText),
    before: canonical(text.slice(Math.max(0, c.range.start - CONTEXT), c.range.start)),
    after: canonical(text.slice(c.range.end, c.range.end + CONTEXT)),
  };
}

export const keyString = (k: ClaimKey) => JSON.stringify([k.source, k.cue, k.content, k.before, k.after]);

/**
 * Markup whose words are no words of the claim: a Markdown link's address
 * (`](https://…)`, cut or whole), a bare address, an HTML tag, a character
 * reference. Verdicts saved before Markdown and HTML were read as prose keyed
 * claims by texts that held these; without their words the old key reads as
 * the prose claim now does (plain text seldom holds any of them).
 */
const MARKUP = /\]\([^)\s]*(?:\s+"[^"]*")?\)?|(?:https?:)?\/\/[^\s)\]]*\)?|<\/?[a-zA-Z][^<>]*>?|&(?:#\w+|[a-zA-Z]\w*);/g;

/** The words of a key's text, markup left out. */
export function keyWords(s: string): string[] {
  return (MAY_HOLD_MARKUP.test(s) ? s.replace(MARKUP, ' ') : s).match(/[\p{L}\p{N}']+/gu) ?? [];
}
const MAY_HOLD_MARKUP = /\]\(|\/\/|<|&/;

/** The distinct words of a text, remembered per text for one matching (keys repeat: a claim's context is another's content). */
class WordSets {
  private readonly sets = new Map<string, Set<string>>();
  of(s: string): Set<string> {
    let w = this.sets.get(s);
    if (!w) {
      w = new Set(keyWords(s));
      this.sets.set(s, w);
    }
    return w;
  }
  /** Jaccard similarity of two texts' word sets. */
  similarity(a: string, b: string): number {
    const x = this.of(a);
    const y = this.of(b);
    if (x.size === 0 && y.size === 0) return 1;
    let both = 0;
    for (const w of x) if (y.has(w)) both++;
    return both / (x.size + y.size - both);
  }
}

/** Least content similarity for a record to fit a claim. */
const FIT = 0.6;

/** How well a stored key fits a claim now: 0 (not at all) to about 3 (same text, same surroundings). */
function fit(words: WordSets, k: ClaimKey, now: ClaimKey): number {
  const content = k.content === now.content ? 1 : words.similarity(k.content, now.content);
  if (content < FIT) return 0;
  const source = k.source === now.source ? 1 : words.similarity(k.source, now.source);
  const context = (words.similarity(k.before, now.before) + words.similarity(k.after, now.after)) / 2;
  return content + 0.5 * source + 0.25 * (k.cue === now.cue ? 1 : 0) + 0.5 * context;
}

export interface Matched {
  /** Claim id → its record. */
  byClaim: Map<string, VerdictRecord>;
  /** Records whose claim is gone: kept, listed, never deleted silently. */
  orphans: VerdictRecord[];
}

/** Words in a fixed order, rarer-looking first (longer, then alphabetical): the order prefix filtering needs. */
const rarerFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first words of a word set in that order, enough that two sets of
 * Jaccard similarity ≥ FIT (0.6 = 3/5) share one of them: n − ⌊3n/5⌋ + 1
 * words, one more than the bound needs (prefix filtering, as similarity
 * joins do it).
 */
function prefix(words: Set<string>): string[] {
  const sorted = [...words].sort(rarerFirst);
  return sorted.slice(0, sorted.length - Math.floor((3 * sorted.length) / 5) + 1);
}

/** A claim's content words' prefix, kept with the claim object (the Analyzer reuses claims across edits). */
const claimPrefixes = new WeakMap<Claim, { content: string; prefix: string[] }>();

function claimPrefix(c: Claim): { content: string; prefix: string[] } {
  let p = claimPrefixes.get(c);
  if (!p) {
    const content = canonical(c.contentText);
    p = { content, prefix: prefix(new Set(keyWords(content))) };
    claimPrefixes.set(c, p);
  }
  return p;
}

/**
 * Attaches stored verdicts to the claims of the current text: the same text
 * first, then the closest similar claim (an edited quote, a moved paragraph),
 * each claim taking at most one record. What fits nothing is an orphan.
 *
 * Only pairs that can fit are scored: a record and a claim whose contents
 * share a word of their prefixes (every pair of similarity ≥ 0.6 does), whose
 * contents both have no words, or that carry the same claim id. Matching a
 * 1 MB article's claims to hundreds of records so takes milliseconds, not
 * seconds (every pair was scored before).
 */
export function matchVerdicts(text: string, claims: Claim[], records: VerdictRecord[]): Matched {
  return drain(matchVerdictSteps(text, claims, records));
}

/** Candidate pairs scored between two pauses of matchVerdictSteps. */
const PAIRS_PER_STEP = 2_000;

/**
 * matchVerdicts as a generator that pauses every PAIRS_PER_STEP candidate
 * pairs scored: many records that fit many claims (an article of wire copy
 * repeated, a verdict file made to be slow) are matched in slices, never
 * holding an editor's thread.
 */
export function* matchVerdictSteps(text: string, claims: Claim[], records: VerdictRecord[]): Generator<void, Matched> {
  if (records.length === 0) return { byClaim: new Map(), orphans: [] };
  const words = new WordSets();
  const byWord = new Map<string, number[]>();
  const byClaimId = new Map<string, number[]>();
  const wordless: number[] = [];
  const add = (map: Map<string, number[]>, key: string, r: number) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (let r = 0; r < records.length; r++) {
    const own = words.of(records[r].key.content);
    if (own.size === 0) wordless.push(r);
    for (const w of prefix(own)) add(byWord, w, r);
    add(byClaimId, records[r].claimId, r);
    if (r % 500 === 499) yield;
  }
  const keys = new Map<number, ClaimKey>();
  const keyOf = (c: number) => {
    let k = keys.get(c);
    if (!k) keys.set(c, (k = claimKey(text, claims[c])));
    return k;
  };
  const pairs: { r: number; c: number; score: number }[] = [];
  const seen = new Int32Array(records.length).fill(-1);
  let scored = 0;
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c];
    const { content, prefix: own } = claimPrefix(claim);
    const candidates: number[] = [];
    const consider = (r: number) => {
      if (seen[r] === c) return;
      seen[r] = c;
      candidates.push(r);
    };
    for (const w of own) for (const r of byWord.get(w) ?? []) consider(r);
    if (own.length === 0 || words.of(content).size === 0) for (const r of wordless) consider(r);
    for (const r of byClaimId.get(claim.id) ?? []) consider(r);
    for (const r of candidates) {
      const score = fit(words, records[r].key, keyOf(c)) + (records[r].claimId === claim.id ? 0.1 : 0);
      if (score > 0) pairs.push({ r, c, score });
    }
    if ((scored += candidates.length + 1) >= PAIRS_PER_STEP) {
      scored = 0;
      yield;
    }
  }
  const sorted = yield* sortSteps(pairs, (a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
  const usedR = new Set<number>();
  const byClaim = new Map<string, VerdictRecord>();
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (i % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
    if (usedR.has(p.r) || byClaim.has(claims[p.c].id)) continue;
    usedR.add(p.r);
    byClaim.set(claims[p.c].id, records[p.r]);
  }
  return { byClaim, orphans: records.filter((_, r) => !usedR.has(r)) };
}
