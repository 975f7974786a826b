import { type Claim, offsetMap } from '../../engine/index';
import type { Row } from './goldTables';

/**
 * Speaker accuracy: for each gold source that a predicted claim's source
 * overlaps (found), is the predicted speaker one of the accepted names?
 * Matching as the seed's README says: ignoring case, a leading "the" and a
 * final possessive.
 */

export const FORMS = ['pronoun', 'description', 'short-name', 'full-name'] as const;

export interface SpeakerError { document: string; form: string; written: string; predicted: string; expected: string }

export interface SpeakerTally {
  gold: number;
  found: Record<string, number>;
  right: Record<string, number>;
  errors: SpeakerError[];
}

export function emptyTally(): SpeakerTally {
  return { gold: 0, found: {}, right: {}, errors: [] };
}

export function normalName(name: string): string {
  return name.toLowerCase().replace(/[’']s$|[’']$/, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** What the engine names as the speaker of a claim. */
export function predictedName(c: Claim): string {
  return c.speaker?.name ?? c.sourceText ?? '';
}

/** Scores one document's gold sources (`rows`, code-point offsets) against its claims. */
export function scoreSpeakers(document: string, text: string, claims: Claim[], rows: Row[], into: SpeakerTally): void {
  const map = offsetMap(text);
  for (const r of rows) {
    const start = map.toUtf16(Number(r.start));
    const end = map.toUtf16(Number(r.end));
    const form = r.form || 'any form';
    into.gold++;
    let best: Claim | undefined;
    let bestOverlap = 0;
    for (const c of claims) {
      if (!c.source) continue;
      const o = Math.min(end, c.source.end) - Math.max(start, c.source.start);
      if (o > bestOverlap) { bestOverlap = o; best = c; }
    }
    if (!best) continue;
    into.found[form] = (into.found[form] ?? 0) + 1;
    const predicted = predictedName(best);
    const accepted = (r.accepted_names || r.speaker).split('|').map(normalName);
    if (accepted.includes(normalName(predicted))) into.right[form] = (into.right[form] ?? 0) + 1;
    else into.errors.push({ document, form, written: text.slice(start, end), predicted, expected: r.speaker });
  }
}
