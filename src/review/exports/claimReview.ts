import { type Claim, unquoted } from '../../engine/index';
import { httpUrl } from '../safeUrl';
import { displayText } from '../markdownText';
import { type ExportContext, flat, ratingOf, who } from './context';

/** The ordinal part of the scale (best first): what a ratingValue can be given for. */
function ordinal(scale: string[]): string[] {
  return scale.filter((s) => !/^(unrated|unverifiable|unproven|not rated)$/i.test(s));
}

/** A short statement of the claim for claimReviewed: its content, shortened, with the rating's words masked out. */
function claimReviewed(c: Claim, rating: string): string {
  let s = unquoted(flat(c.contentText));
  if (s.length > 280) s = s.slice(0, 279) + '…';
  const label = new RegExp(rating.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  return s.replace(label, '…');
}

/**
 * schema.org ClaimReview objects for the claims rated on the ordinal scale;
 * never for a claim of type `other` (an action or event, not a claim anyone
 * made: there is no claim to review), whatever types the export lists.
 */
export function claimReviews(x: ExportContext): Record<string, unknown>[] {
  const scale = ordinal(x.scale);
  const out: Record<string, unknown>[] = [];
  // Only http(s) URLs are published; an article URL that is not one is left out.
  const articleUrl = httpUrl(x.articleUrl);
  const base = httpUrl(x.reviewUrl) ?? articleUrl;
  for (const { claim: c, verdict: v } of x.claims) {
    if (!v || c.type === 'other') continue;
    const rating = ratingOf(v);
    const rank = scale.findIndex((s) => s.toLowerCase() === rating.toLowerCase());
    if (rank < 0) continue;
    const url = base ? new URL(base) : undefined;
    if (url) url.hash = c.id;
    const review: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claimReviewed(c, rating),
      reviewRating: { '@type': 'Rating', alternateName: rating, ratingValue: scale.length - rank, bestRating: scale.length, worstRating: 1 },
      url: url?.href ?? `urn:claim-lens:${encodeURIComponent(x.article)}#${c.id}`,
      author: { '@type': 'Organization', name: x.organization ?? 'Unnamed fact-checking organisation' },
      datePublished: displayText(v.updated).slice(0, 10),
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': c.sourceKind === 'person' ? 'Person' : 'Organization', name: who(c) },
        ...(articleUrl ? { appearance: [{ '@type': 'CreativeWork', url: articleUrl }] } : {}),
      },
    };
    out.push(review);
  }
  return out;
}

/**
 * The reviews as JSON-LD, safe inside a `<script type="application/ld+json">`:
 * `<`, `>`, `&` and the two JavaScript line separators are written as
 * `\u` escapes (they only ever occur inside JSON strings), so no `</script>`
 * or `<!--` in a claim ends or hides the element.
 */
export function toClaimReview(x: ExportContext): string {
  return JSON.stringify(claimReviews(x), null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** Checks a ClaimReview against the rules Claim Lens promises; returns what is wrong (empty when valid). */
export function validateClaimReview(r: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const rating = r.reviewRating as Record<string, unknown> | undefined;
  const item = r.itemReviewed as Record<string, unknown> | undefined;
  const author = r.author as Record<string, unknown> | undefined;
  if (r['@type'] !== 'ClaimReview') errors.push('@type is not ClaimReview');
  if (typeof r.claimReviewed !== 'string' || !r.claimReviewed.trim()) errors.push('claimReviewed is empty');
  if (!rating || rating['@type'] !== 'Rating') errors.push('reviewRating is not a Rating');
  else {
    const alternateName = rating.alternateName;
    const ratingValue = rating.ratingValue as number;
    const bestRating = rating.bestRating as number;
    const worstRating = rating.worstRating as number;
    if (typeof alternateName !== 'string' || !alternateName) errors.push('reviewRating.alternateName is missing');
    if (typeof worstRating !== 'number' || worstRating < 1) errors.push('reviewRating.worstRating must be ≥ 1');
    if (typeof bestRating !== 'number' || bestRating < worstRating) errors.push('reviewRating.bestRating must be ≥ worstRating');
    if (typeof ratingValue !== 'number' || ratingValue < worstRating || ratingValue > bestRating) errors.push('reviewRating.ratingValue is out of range');
    if (typeof r.claimReviewed === 'string' && typeof alternateName === 'string' && r.claimReviewed.toLowerCase().includes(alternateName.toLowerCase())) errors.push('claimReviewed contains the rating');
  }
  if (typeof r.url !== 'string' || !r.url) errors.push('url is missing');
  if (!author || typeof author.name !== 'string' || !author.name) errors.push('author.name is missing');
  if (typeof r.datePublished !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.datePublished)) errors.push('datePublished is not a date');
  if (!item || item['@type'] !== 'Claim') errors.push('itemReviewed is not a Claim');
  else if (!(item.author as Record<string, unknown> | undefined)?.name) errors.push('itemReviewed.author.name is missing');
  return errors;
}
