import { type Claim, type ClaimType, lineIndex, speakerOf } from '../../engine/index';
import { shownClaims } from '../claimTypes';
import { httpUrl } from '../safeUrl';
import { matchVerdicts, type UnreadableRecord, type Verdict, type VerdictRecord } from '../verdicts/index';
import { displayText } from '../markdownText';

/** A claim with its verdict, if it has one: what every export writes. */
export interface RatedClaim {
  claim: Claim;
  verdict?: Verdict;
  /** The claim's earlier verdicts, oldest first. */
  history?: Verdict[];
  line: number;
}

export interface ExportContext {
  /** The article's file name or title. */
  article: string;
  text: string;
  claims: RatedClaim[];
  orphans: VerdictRecord[];
  /** Records of the verdict file that could not be read: never matched, kept in the file, and named in the exports that can hold them. */
  unreadable?: UnreadableRecord[];
  /** The fact-checking organisation (ClaimReview author). */
  organization?: string;
  /** Where the article was published, when known (ClaimReview appearance). */
  articleUrl?: string;
  /** Where the reviews are published; a claim's review gets `#<claim id>` appended. */
  reviewUrl?: string;
  /** The rating scale, best first after Unrated (ClaimReview ratingValue). */
  scale: string[];
  /** The claim types listed (every type when undefined): claims of other types are left out, their verdicts neither listed nor orphaned. */
  types?: readonly ClaimType[];
  /** Claims less confident than this are left out too (the editor's claimLens.confidence.minimum). */
  minConfidence?: number;
  /** How many of the article's claims are left out for their type. */
  leftOut?: number;
  /** The version of the engine that found the claims (src/engine/version.ts), so the export can be reproduced. */
  engine?: string;
}

export const who = (c: Claim) => speakerOf(c) ?? 'Unattributed';
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A verdict's rating as text, whatever type a verdict file gave it. */
export const ratingOf = (v: Verdict | undefined) => (v ? displayText(v.rating) : '');
export const rated = (v: Verdict | undefined): v is Verdict => !!v && ratingOf(v) !== 'Unrated';

/**
 * Everything an export needs, from a text, all its claims and its stored
 * verdicts. The verdicts are matched to every claim (so a verdict on a claim
 * of a type left out is not taken for an orphan, nor given to a neighbour);
 * then only the claims of `options.types`, at least `options.minConfidence` confident, are listed.
 */
export function exportContext(article: string, text: string, claims: Claim[], records: VerdictRecord[], options: Partial<Pick<ExportContext, 'organization' | 'articleUrl' | 'reviewUrl' | 'scale' | 'unreadable' | 'types' | 'minConfidence' | 'engine'>> & { scale: string[] }): ExportContext {
  const { byClaim, orphans } = matchVerdicts(text, claims, records);
  const at = lineIndex(text);
  const listed = shownClaims(claims, options.types, options.minConfidence);
  return {
    article, text, orphans, ...options, articleUrl: httpUrl(options.articleUrl), reviewUrl: httpUrl(options.reviewUrl), leftOut: claims.length - listed.length,
    claims: listed.map((claim) => ({ claim, verdict: byClaim.get(claim.id)?.verdict, history: byClaim.get(claim.id)?.history, line: at(claim.cue[0].start).line })),
  };
}
