import { canonical } from './id';
import type { Claim } from './types';
import type { ClaimKey, VerdictRecord } from './verdictTypes';

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

function words(s: string): Set<string> {
  return new Set(s.match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Jaccard similarity of two texts' word sets. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

/** How well a stored key fits a claim now: 0 (not at all) to about 3 (same text, same surroundings). */
function fit(k: ClaimKey, now: ClaimKey): number {
  const content = k.content === now.content ? 1 : similarity(k.content, now.content);
  if (content < 0.6) return 0;
  const source = k.source === now.source ? 1 : similarity(k.source, now.source);
  const context = (similarity(k.before, now.before) + similarity(k.after, now.after)) / 2;
  return content + 0.5 * source + 0.25 * (k.cue === now.cue ? 1 : 0) + 0.5 * context;
}

export interface Matched {
  /** Claim id → its record. */
  byClaim: Map<string, VerdictRecord>;
  /** Records whose claim is gone: kept, listed, never deleted silently. */
  orphans: VerdictRecord[];
}

/**
 * Attaches stored verdicts to the claims of the current text: the same text
 * first, then the closest similar claim (an edited quote, a moved paragraph),
 * each claim taking at most one record. What fits nothing is an orphan.
 */
export function matchVerdicts(text: string, claims: Claim[], records: VerdictRecord[]): Matched {
  const keys = claims.map((c) => claimKey(text, c));
  const pairs: { r: number; c: number; score: number }[] = [];
  records.forEach((rec, r) => keys.forEach((k, c) => {
    const score = fit(rec.key, k) + (rec.claimId === claims[c].id ? 0.1 : 0);
    if (score > 0) pairs.push({ r, c, score });
  }));
  pairs.sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
  const usedR = new Set<number>();
  const byClaim = new Map<string, VerdictRecord>();
  for (const p of pairs) {
    if (usedR.has(p.r) || byClaim.has(claims[p.c].id)) continue;
    usedR.add(p.r);
    byClaim.set(claims[p.c].id, records[p.r]);
  }
  return { byClaim, orphans: records.filter((_, r) => !usedR.has(r)) };
}
