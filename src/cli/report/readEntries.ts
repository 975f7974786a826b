import type { Claim } from '../../engine/index';
import type { ArticleClaims } from '../../review/corpus/figures';

/**
 * An article's claims from an index line (or a line made in memory), read as
 * untrusted JSON: a claim without the fields the report counts by is left
 * out, and a `lines` entry that is no line number is 0. Undefined when the
 * line holds no claims list at all.
 */
export function articleOf(file: string, json: string): { article: ArticleClaims; dropped: number } | undefined {
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    return undefined;
  }
  const rec = o as { claims?: unknown; lines?: unknown };
  if (!rec || !Array.isArray(rec.claims)) return undefined;
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

function readable(c: unknown): c is Claim {
  const x = c as Partial<Claim> | null;
  if (!x || typeof x !== 'object') return false;
  const str = (v: unknown) => typeof v === 'string';
  if (!str(x.contentText) || !str(x.sourceKind) || !str(x.type) || !str(x.quoteKind)) return false;
  if (x.sourceText !== undefined && !str(x.sourceText)) return false;
  return x.speaker === undefined || (typeof x.speaker === 'object' && x.speaker !== null && str(x.speaker.name));
}
