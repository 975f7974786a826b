import assert from 'node:assert/strict';
import { analyze } from './engine';
import type { Claim } from '../../src/engine/types';


/** The claims of a text, with their spans' texts read back from the offsets. */
export function claimsOf(text: string): Claim[] {
  const { claims } = analyze(text);
  for (const c of claims) {
    // Every span's text must be exactly what the offsets point at.
    assert.equal(c.cueText, c.cue.map((s) => text.slice(s.start, s.end)).join(' … '));
    if (c.source) assert.equal(c.sourceText, text.slice(c.source.start, c.source.end));
  }
  return claims;
}

/** The one claim whose cue text is `cue` (the n-th if several). */
export function claimWithCue(text: string, cue: string, n = 0): Claim {
  const all = claimsOf(text).filter((c) => c.cueText === cue);
  assert.ok(all.length > n, `no claim with cue "${cue}" in: ${JSON.stringify(claimsOf(text).map((c) => c.cueText))}`);
  return all[n];
}

export function contentOf(text: string, c: Claim): string {
  return c.content.map((s) => text.slice(s.start, s.end)).join(' | ');
}
