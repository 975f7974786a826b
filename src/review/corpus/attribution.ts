import type { Claim } from '../../engine/index';
import { type ClaimCounts, countClaims, type NamedSpeakerFigures, speakerFigures } from './figures';

/**
 * The figures of the attribution report (the extension's webview): how an
 * article, or a set of them, is sourced. Counts by source kind and claim
 * type, the speakers merged across articles (figures.ts), how many claims
 * rest on anonymous or vague sources, the verdicts by rating, and the
 * articles that rely most on unnamed sources. Pure.
 */

/** An article's claims and, where known, each claim's rating (`ratings[i]` for `claims[i]`; "Unrated" or absent for none). */
export interface RatedArticle {
  file: string;
  claims: readonly Claim[];
  ratings?: readonly (string | undefined)[];
}

/** Source kinds that name no one: an anonymous ("officials who asked not to be named") or a vague ("experts") source. */
export const UNNAMED_KINDS = ['anonymous', 'vague'] as const;
const UNNAMED = new Set<string>(UNNAMED_KINDS);

/** What a rating is called when a claim has none. */
export const UNRATED = 'Unrated';

export interface ArticleReliance {
  file: string;
  claims: number;
  /** Claims from anonymous or vague sources. */
  unnamed: number;
}

export interface AttributionFigures extends ClaimCounts {
  speakers: NamedSpeakerFigures[];
  ratings: Record<string, number>;
  /** Every article with claims, most reliant on unnamed sources first (by share, then by count). */
  reliance: ArticleReliance[];
}

export function attributionFigures(articles: readonly RatedArticle[]): AttributionFigures {
  const ratings: Record<string, number> = {};
  const reliance: ArticleReliance[] = [];
  let claims = 0;
  for (const a of articles) {
    claims += a.claims.length;
    a.claims.forEach((_, i) => {
      const r = a.ratings?.[i] || UNRATED;
      ratings[r] = (ratings[r] ?? 0) + 1;
    });
    if (a.claims.length) reliance.push({ file: a.file, claims: a.claims.length, unnamed: a.claims.filter((c) => UNNAMED.has(c.sourceKind)).length });
  }
  reliance.sort((a, b) => b.unnamed / b.claims - a.unnamed / a.claims || b.unnamed - a.unnamed || a.file.localeCompare(b.file));
  return {
    articles: articles.length, claims,
    sourceKinds: countClaims(articles, (c) => c.sourceKind), types: countClaims(articles, (c) => c.type),
    speakers: speakerFigures(articles), ratings, reliance,
  };
}
