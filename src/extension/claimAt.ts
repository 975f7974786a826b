import type { Claim, Span } from '../engine/index';

export const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The claim under an offset: a cue or source hit first, then the narrowest content. */
export function claimAt(claims: Claim[], offset: number): Claim | undefined {
  const direct = claims.find((c) => c.cue.some((s) => inside(s, offset)) || (c.source && inside(c.source, offset)));
  if (direct) return direct;
  const holding = claims.filter((c) => c.content.some((s) => inside(s, offset)));
  const width = (c: Claim) => c.content.reduce((n, s) => n + s.end - s.start, 0);
  return holding.sort((a, b) => width(a) - width(b))[0];
}
