import { canonical } from '../../src/engine/classify/ids';
import type { Claim } from '../../src/engine/types';
import { claimKey, type ClaimKey, keyWords, type Matched, type VerdictRecord } from '../../src/review/verdicts/index';

/**
 * matchVerdicts as it was written first: every record scored against every
 * claim. Quadratic, kept here as the reference the indexed version must
 * equal exactly (words read as the matcher reads them: markup left out).
 */
const words = (s: string) => new Set(keyWords(s));
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}
function fit(k: ClaimKey, now: ClaimKey): number {
  const content = k.content === now.content ? 1 : similarity(k.content, now.content);
  if (content < 0.6) return 0;
  const source = k.source === now.source ? 1 : similarity(k.source, now.source);
  const context = (similarity(k.before, now.before) + similarity(k.after, now.after)) / 2;
  return content + 0.5 * source + 0.25 * (k.cue === now.cue ? 1 : 0) + 0.5 * context;
}
export function referenceMatch(text: string, claims: Claim[], records: VerdictRecord[]): Matched {
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

/** A key like a claim's, with some of its words changed: an edited quote, a moved paragraph. */
export function editedKey(k: ClaimKey, drop: number, extra: string): ClaimKey {
  const edit = (s: string) => canonical(s.split(' ').filter((_, i) => (i + drop) % 4 !== 0).join(' ') + ' ' + extra);
  return { ...k, content: drop % 3 === 0 ? k.content : edit(k.content), before: edit(k.before), after: k.after };
}
