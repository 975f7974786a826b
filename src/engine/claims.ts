import type { BlockAttribution } from './blockAnalysis';
import { claimConfidenceInput, confidenceOf } from './classify/confidence';
import { uniqueIds } from './classify/ids';
import type { Resolved } from './classify/speakers';
import type { Claim, Span, Speaker } from './types';

/**
 * The last step of an analysis: the claims of the whole text, from each
 * block's attributions placed where their block stands, with the speakers
 * resolved across blocks.
 */

/** A block's attribution and where its block starts in the text. */
export interface PlacedAttribution {
  attribution: BlockAttribution;
  at: number;
}

/** Claims built between two pauses of the final pass. */
export const CLAIMS_PER_STEP = 500;

export const shift = (s: Span, at: number): Span => ({ start: s.start + at, end: s.end + at });

/**
 * Claims of the whole text, with the speakers resolved across blocks; ids are
 * made unique across the text. A generator that pauses every CLAIMS_PER_STEP claims.
 * A claim built before from the same attribution, at the same place, with the
 * same speaker and id, is reused as it is.
 */
export function* toClaims(raw: PlacedAttribution[], speakers: Resolved[], built: WeakMap<BlockAttribution, Claim>): Generator<void, Claim[]> {
  const ids = uniqueIds(raw.map((p) => p.attribution.baseId));
  const claims: Claim[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    const { attribution: f, at } = raw[i];
    const resolved = speakers[i];
    const sourceKind = resolved.kind ?? f.sourceKind;
    const before = built.get(f);
    if (before && before.id === ids[i] && before.cue[0].start === f.cue.start + at && before.sourceKind === sourceKind && sameSpeaker(before.speaker, resolved.speaker)) {
      claims.push(before);
      continue;
    }
    const cue = shift(f.cue, at);
    const source = f.source && shift(f.source, at);
    const content = f.content.map((c) => shift(c, at));
    let start = cue.start;
    let end = cue.end;
    for (const s of source ? [source, ...content] : content) {
      if (s.start < start) start = s.start;
      if (s.end > end) end = s.end;
    }
    const claim: Claim = {
      id: ids[i],
      cue: [cue],
      source,
      content,
      range: { start, end },
      cueText: f.cueText,
      sourceText: f.sourceText,
      contentText: f.contentText,
      speaker: resolved.speaker,
      sourceKind,
      type: f.type,
      confidence: 0,
      cueKind: f.cueKind,
      cueLemma: f.cueLemma,
      quoteKind: f.cueLemma === 'according to' ? 'according-to' : f.quoted,
      signals: f.signals.map((g) => ({ ...g, span: shift(g.span, at) })),
    };
    // It depends on the attribution and the source kind only (not where the block stands): the last claim made of this attribution has it.
    claim.confidence = before && before.sourceKind === sourceKind ? before.confidence : confidenceOf(claimConfidenceInput(claim));
    built.set(f, claim);
    claims.push(claim);
  }
  return claims;
}

function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.from?.start === b.from?.start && a.from?.end === b.from?.end;
}
