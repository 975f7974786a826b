import { displayText } from '../markdownText';
import { httpUrl } from '../safeUrl';
import type { Verdict, VerdictRecord } from './types';

/** One verdict as plain data for a person: for the hover and the exports, which escape it as their format needs. */
export interface TrailEntry {
  rating: string;
  note?: string;
  /** Evidence links that pass the URL gate (httpUrl); others are left out. */
  evidence: string[];
  who?: string;
  /** "2026-11-28 10:05 UTC". */
  when: string;
  current: boolean;
}

function when(updated: string): string {
  const t = Date.parse(updated);
  return Number.isNaN(t) ? updated : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * One verdict as text. Records are validated when a verdict file is read;
 * a record built some other way (an API caller, an older reader) still
 * shows its fields as text rather than failing.
 */
function entry(v: Verdict, current: boolean): TrailEntry {
  const note = displayText(v?.note);
  const who = displayText(v?.author);
  return {
    rating: displayText(v?.rating), ...(note ? { note } : {}), ...(who ? { who } : {}),
    evidence: (Array.isArray(v?.evidence) ? v.evidence : []).map(httpUrl).filter((u): u is string => !!u), when: when(displayText(v?.updated)), current,
  };
}

const list = (h: unknown): Verdict[] => (Array.isArray(h) ? h : []);

/** A record's verdicts, newest (the current one) first. */
export function verdictTrail(record: VerdictRecord): TrailEntry[] {
  return [entry(record.verdict, true), ...list(record.history).map((v) => entry(v, false)).reverse()];
}

/** "False (ann, 2026-11-28 10:00 UTC): note", for a CSV cell or a Markdown line. */
export function compactVerdict(t: TrailEntry): string {
  return `${t.rating} (${[t.who, t.when].filter(Boolean).join(', ')})${t.note ? `: ${t.note}` : ''}`;
}

/** Earlier verdicts (a record's history, oldest first), newest first, on one line. */
export function compactHistory(history: Verdict[] | undefined): string {
  return list(history).map((v) => compactVerdict(entry(v, false))).reverse().join('; ');
}
