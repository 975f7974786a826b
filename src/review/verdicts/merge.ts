import { decodeSidecar } from './schema';
import type { Sidecar, Verdict, VerdictRecord } from './types';

/**
 * Verdicts are only ever added, never taken away: merging two versions of a
 * verdict file (two windows, two people) keeps every verdict either had.
 */

/** JSON with object keys sorted, so that equal values give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Oldest first; verdicts given at the same moment in a fixed order. */
function byTime(a: Verdict, b: Verdict): number {
  return Date.parse(a.updated) - Date.parse(b.updated) || (stable(a) < stable(b) ? -1 : stable(a) > stable(b) ? 1 : 0);
}

/** Every verdict of a record, the current one included, each once, oldest first. */
export function allVerdicts(...records: VerdictRecord[]): Verdict[] {
  const seen = new Map<string, Verdict>();
  for (const r of records) for (const v of [...(r.history ?? []), r.verdict]) seen.set(stable(v), v);
  return [...seen.values()].sort(byTime);
}

/** The record with these verdicts (oldest first): the newest current, the others its history. */
export function withVerdicts(record: VerdictRecord, verdicts: Verdict[]): VerdictRecord {
  const { history: _, ...rest } = record;
  const earlier = verdicts.slice(0, -1);
  return { ...rest, verdict: verdicts[verdicts.length - 1], ...(earlier.length ? { history: earlier } : {}) };
}

/** Two versions of one record: the verdicts of both; the other fields of the one whose verdict is newer. */
function combine(a: VerdictRecord, b: VerdictRecord): VerdictRecord {
  return withVerdicts(byTime(a.verdict, b.verdict) < 0 ? b : a, allVerdicts(a, b));
}

/**
 * Two versions of a verdict file saved independently: every record of either
 * survives, a record on both sides keeps the verdicts of both (ordered by
 * time, the newest current), unreadable records of both are kept. Fields
 * Claim Lens does not know are taken from `onDisk` first.
 */
export function mergeSidecars(onDisk: Sidecar, ours: Sidecar): Sidecar {
  const out = new Map<string, VerdictRecord>();
  for (const r of [...onDisk.records, ...ours.records]) {
    const have = out.get(r.id);
    out.set(r.id, have ? combine(have, r) : r);
  }
  // Unreadable records as a multiset: what both sides hold (ours was read from the same file) once, each copy the file has kept.
  const unreadable = [...(onDisk.unreadable ?? [])];
  const onDiskCount = new Map<string, number>();
  for (const u of unreadable) onDiskCount.set(stable(u.raw), (onDiskCount.get(stable(u.raw)) ?? 0) + 1);
  const oursCount = new Map<string, number>();
  for (const u of ours.unreadable ?? []) {
    const k = stable(u.raw);
    oursCount.set(k, (oursCount.get(k) ?? 0) + 1);
    if ((oursCount.get(k) ?? 0) > (onDiskCount.get(k) ?? 0)) unreadable.push(u);
  }
  const extra = { ...ours.extra, ...onDisk.extra };
  return {
    version: 1, records: [...out.values()],
    ...(unreadable.length ? { unreadable } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

/** What a save writes: `ours` merged with the file's current bytes (none when there is no file yet), or why the file must be left alone. */
export function mergeWithFile(bytes: Uint8Array | undefined, ours: Sidecar): { merged: Sidecar } | { error: string } {
  if (!bytes) return { merged: mergeSidecars({ version: 1, records: [] }, ours) };
  const current = decodeSidecar(bytes);
  if ('error' in current) return current;
  if (current.sidecar.keepAsIs) return { error: `${current.sidecar.keepAsIs}; Claim Lens will not rewrite it` };
  return { merged: mergeSidecars(current.sidecar, ours) };
}
