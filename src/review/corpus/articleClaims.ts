import type { Claim, Span } from '../../engine/index';
import type { ArticleClaims } from './figures';

/**
 * An article's claims from stored JSON: a `claim-lens index` line, a line
 * made in memory, or an entry of the extension's workspace index cache. Read
 * as untrusted JSON: a claim without the fields the report, the Claims view
 * and the hover read (its texts, kinds and spans) is left out, and a `lines`
 * entry that is no line number is 0. Undefined when the JSON holds no claims
 * list at all.
 */
export function articleOf(file: string, json: string): { article: ArticleClaims; dropped: number } | undefined {
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    return undefined;
  }
  return articleFrom(file, o);
}

/** The same, from a value already parsed. */
export function articleFrom(file: string, o: unknown): { article: ArticleClaims; dropped: number } | undefined {
  const rec = o as { claims?: unknown; lines?: unknown };
  if (!rec || typeof rec !== 'object' || !Array.isArray(rec.claims)) return undefined;
  const lines = Array.isArray(rec.lines) ? rec.lines : [];
  const claims: Claim[] = [];
  const at: number[] = [];
  let dropped = 0;
  rec.claims.forEach((c: unknown, i) => {
    if (!readable(c)) {
      dropped++;
      return;
    }
    claims.push(c);
    const line = lines[i];
    at.push(Number.isSafeInteger(line) && line > 0 ? line : 0);
  });
  return { article: { file, claims, lines: at }, dropped };
}

const str = (v: unknown): v is string => typeof v === 'string';
const span = (v: unknown): v is Span => {
  const s = v as Partial<Span> | null;
  return !!s && typeof s === 'object' && Number.isSafeInteger(s.start) && Number.isSafeInteger(s.end) && s.start! >= 0 && s.end! >= s.start!;
};
const spans = (v: unknown, atLeast: number) => Array.isArray(v) && v.length >= atLeast && v.every(span);

function readable(c: unknown): c is Claim {
  const x = c as Partial<Claim> | null;
  if (!x || typeof x !== 'object') return false;
  if (!str(x.id) || !str(x.cueText) || !str(x.contentText) || !str(x.sourceKind) || !str(x.type) || !str(x.quoteKind)) return false;
  if (!span(x.range) || !spans(x.cue, 1) || !spans(x.content, 0) || (x.source !== undefined && !span(x.source))) return false;
  if (x.sourceText !== undefined && !str(x.sourceText)) return false;
  return x.speaker === undefined || (typeof x.speaker === 'object' && x.speaker !== null && str(x.speaker.name));
}
