import { CLAIM_TYPES, type Claim, type ClaimType } from '../engine/index';

/**
 * Which claim types a reader is shown (docs/claim-types.md). A fact-checker
 * reviews statements, findings and positions; `other` (an action, an event, a
 * perception: not a claim anyone made) stays in the research outputs (JSON,
 * brat) and is never shown in the editor nor put in a ClaimReview.
 */

/** The types a fact-checker reviews: what the editor shows by default and the review exports list by default. */
export const REVIEW_TYPES = ['statement', 'finding', 'position'] as const satisfies readonly ClaimType[];
export type ReviewType = (typeof REVIEW_TYPES)[number];

/** The claims of the given types, in their order; every claim when `types` is undefined. */
export function ofTypes(claims: Claim[], types: readonly ClaimType[] | undefined): Claim[] {
  if (!types) return claims;
  const keep = new Set<ClaimType>(types);
  return CLAIM_TYPES.every((t) => keep.has(t)) ? claims : claims.filter((c) => keep.has(c.type));
}

/** The claims of these types at least this confident: what the editor shows (claimLens.types, claimLens.confidence.minimum), and what an export from it lists. */
export function shownClaims(claims: Claim[], types: readonly ClaimType[] | undefined, minConfidence = 0): Claim[] {
  const ofType = ofTypes(claims, types);
  return minConfidence > 0 ? ofType.filter((c) => c.confidence >= minConfidence) : ofType;
}

/**
 * A comma-separated list of type names (`statement,finding`), as the CLI's
 * `--types` takes it: each name once, in CLAIM_TYPES order; spaces around the
 * names are ignored, case is not. An empty list or an unknown name is an
 * error that names the bad value and the allowed ones.
 */
export function readTypeList(list: string): { types: ClaimType[] } | { error: string } {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const allowed = CLAIM_TYPES.join(', ');
  if (!names.length) return { error: `--types needs one or more of ${allowed}, separated by commas` };
  const bad = names.find((n) => !(CLAIM_TYPES as readonly string[]).includes(n));
  if (bad !== undefined) return { error: `--types: unknown type "${bad.length > 40 ? bad.slice(0, 39) + '…' : bad}": use ${allowed}` };
  return { types: CLAIM_TYPES.filter((t) => names.includes(t)) };
}

/**
 * The types the editor shows, from the `claimLens.types` setting as a user
 * wrote it (any value): the review types it names, in REVIEW_TYPES order;
 * `other` and unknown names are dropped (`other` is never shown); a value
 * that is not a list gives the default, all three.
 */
export function shownTypes(setting: unknown): ReviewType[] {
  if (!Array.isArray(setting)) return [...REVIEW_TYPES];
  return REVIEW_TYPES.filter((t) => setting.includes(t));
}
