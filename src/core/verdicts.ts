import { canonical, hash } from './id';
import type { Claim } from './types';

/** The default rating scale; labels are configurable, the stored value is the label. */
export const DEFAULT_SCALE = ['Unrated', 'True', 'Mostly true', 'Half true', 'Misleading', 'Mostly false', 'False', 'Unverifiable'] as const;

export interface Verdict {
  rating: string;
  note?: string;
  evidence?: string[];
  /** ISO time of the last change; the newer record wins when two saves meet. */
  updated: string;
}

/** What identifies a claim across edits: its own text plus a little of what surrounds it, never its offset. */
export interface ClaimKey {
  source: string;
  cue: string;
  content: string;
  /** A few words before and after the claim, to tell repeats of the same sentence apart. */
  before: string;
  after: string;
}

export interface VerdictRecord {
  /** Stable for the life of the record, so that saves from two windows merge record by record. */
  id: string;
  key: ClaimKey;
  /** The claim's id when the verdict was given (a hint, ids change when the claim's text does). */
  claimId: string;
  /** The claim as it read when rated, for showing an orphaned verdict to a person. */
  shown?: { source: string; cue: string; content: string };
  verdict: Verdict;
}

export interface Sidecar {
  version: 1;
  records: VerdictRecord[];
}

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

function words(s: string): Set<string> {
  return new Set(s.match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Jaccard similarity of two texts' word sets. */
const keyString = (k: ClaimKey) => JSON.stringify([k.source, k.cue, k.content, k.before, k.after]);

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

/** Sets (or replaces) the verdict of a claim, keeping every other record, orphans included. */
export function setVerdict(sidecar: Sidecar, text: string, claims: Claim[], claim: Claim, verdict: Verdict): Sidecar {
  const { byClaim } = matchVerdicts(text, claims, sidecar.records);
  const old = byClaim.get(claim.id);
  const key = claimKey(text, claim);
  const shown = { source: claim.speaker?.name ?? claim.sourceText ?? '', cue: claim.cueText, content: claim.contentText };
  const record: VerdictRecord = { id: old?.id ?? 'v' + hash(keyString(key) + verdict.updated), key, claimId: claim.id, shown, verdict };
  return { version: 1, records: [...sidecar.records.filter((r) => r !== old), record] };
}

/**
 * Two versions of a sidecar saved independently (two windows): every record
 * of either survives; for the same record the newer verdict wins.
 */
export function mergeSidecars(a: Sidecar, b: Sidecar): Sidecar {
  const out = new Map<string, VerdictRecord>();
  for (const r of [...a.records, ...b.records]) {
    const have = out.get(r.id);
    if (!have || have.verdict.updated < r.verdict.updated) out.set(r.id, r);
  }
  return { version: 1, records: [...out.values()] };
}

/** Reads a sidecar's JSON, or says exactly what is wrong with it (the file is then left alone). */
export function parseSidecar(json: string): { sidecar: Sidecar } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  const d = data as Partial<Sidecar>;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.records)) return { error: 'not a Claim Lens verdict file (expected {"version": 1, "records": [...]})' };
  for (const [i, r] of d.records.entries()) {
    const ok = r && typeof r === 'object' && typeof r.id === 'string' && r.key && typeof r.key.content === 'string' && typeof r.key.source === 'string'
      && typeof r.key.cue === 'string' && typeof r.key.before === 'string' && typeof r.key.after === 'string'
      && r.verdict && typeof r.verdict.rating === 'string' && typeof r.verdict.updated === 'string' && typeof r.claimId === 'string';
    if (!ok) return { error: `record ${i + 1} is incomplete` };
  }
  return { sidecar: { version: 1, records: d.records } };
}

export function serializeSidecar(s: Sidecar): string {
  return JSON.stringify(s, null, 2) + '\n';
}
