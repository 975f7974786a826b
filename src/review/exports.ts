import { type Claim, lineIndex, speakerOf, unquoted } from '../engine/index';
import { claimToBrat, writeBrat } from './brat';
import { displayText, evidenceMarkdown, markdownText } from './markdownText';
import { httpUrl } from './safeUrl';
import { compactHistory } from './verdicts/history';
import { matchVerdicts, type UnreadableRecord, Verdict, VerdictRecord } from './verdicts/index';

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
}

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'brat', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const who = (c: Claim) => speakerOf(c) ?? 'Unattributed';
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A verdict's rating as text, whatever type a verdict file gave it. */
const ratingOf = (v: Verdict | undefined) => (v ? displayText(v.rating) : '');
const rated = (v: Verdict | undefined): v is Verdict => !!v && ratingOf(v) !== 'Unrated';

/** A verdict in the report: every field escaped, evidence linked only when it is an http(s) URL. */
function verdictMarkdown(v: Verdict): string {
  const note = markdownText(v.note);
  const evidence = evidenceMarkdown(v.evidence);
  return `**${markdownText(ratingOf(v)) || 'no rating'}**${note ? ` — ${note}` : ''}${evidence.length ? ` (${evidence.join(', ')})` : ''}`;
}

/** The Markdown report: everything taken from the article or its verdict file goes through `markdownText`. */
export function toMarkdown(x: ExportContext): string {
  const lines = [`# Claims in ${markdownText(x.article)}`, '', `${x.claims.length} claims, ${x.claims.filter((c) => rated(c.verdict)).length} rated.`, ''];
  for (const { claim: c, verdict: v, history, line } of x.claims) {
    lines.push(`- **${markdownText(who(c))}** (${c.sourceKind}) — *${markdownText(c.cueText)}* (line ${line}): “${markdownText(unquoted(flat(c.contentText)))}”`);
    if (rated(v)) lines.push(`  - Verdict: ${verdictMarkdown(v)}`);
    if (history?.length) lines.push(`  - Earlier: ${markdownText(compactHistory(history))}`);
  }
  if (x.orphans.length) {
    lines.push('', '## Verdicts whose claim is no longer in the article', '');
    for (const o of x.orphans) {
      const shown = o.shown ?? o.key;
      lines.push(`- ${markdownText(shown.source) || 'Unattributed'} — ${markdownText(shown.cue)}: “${markdownText(shown.content)}” — ${verdictMarkdown(o.verdict)}`);
    }
  }
  if (x.unreadable?.length) {
    lines.push('', '## Records of the verdict file that could not be read', '', 'They are kept in the verdict file as they are; fix them there to see them here.', '');
    for (const u of x.unreadable) lines.push(`- ${markdownText(u.reason)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * One CSV cell. A cell a spreadsheet would take for a formula (`=`, `+`, `-`,
 * `@`, a tab or a carriage return first; their full-width forms too) gets a
 * leading `'` and quotes, as OWASP's CSV-injection advice says.
 */
function csvCell(value: unknown): string {
  let v = displayText(value);
  const formula = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(v);
  if (formula) v = `'${v}`;
  return formula || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(x: ExportContext): string {
  const head = ['id', 'line', 'speaker', 'source', 'source_kind', 'cue', 'cue_kind', 'quote_kind', 'content', 'signals', 'rating', 'note', 'evidence', 'rated_by', 'history'];
  const rows = x.claims.map(({ claim: c, verdict: v, history, line }) => [
    c.id, String(line), who(c), c.sourceText ?? '', c.sourceKind, c.cueText, c.cueKind, c.quoteKind, flat(c.contentText),
    [...new Set(c.signals.map((s) => s.kind))].join(' '), v ? ratingOf(v) : 'Unrated', v?.note, Array.isArray(v?.evidence) ? v.evidence.map(displayText).join(' ') : v?.evidence,
    v?.author, compactHistory(history),
  ]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toJson(x: ExportContext): string {
  return JSON.stringify({
    article: x.article,
    claims: x.claims.map(({ claim, verdict, history, line }) => ({ ...claim, line, verdict: verdict ?? null, history: history ?? [] })),
    orphans: x.orphans,
    unreadable: (x.unreadable ?? []).map((u) => ({ reason: u.reason, record: u.raw })),
  }, null, 2) + '\n';
}

export function toBratExport(x: ExportContext): string {
  return writeBrat(x.claims.map((c) => claimToBrat(c.claim)), x.text);
}

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

/** schema.org ClaimReview objects for the claims rated on the ordinal scale. */
export function claimReviews(x: ExportContext): Record<string, unknown>[] {
  const scale = ordinal(x.scale);
  const out: Record<string, unknown>[] = [];
  // Only http(s) URLs are published; an article URL that is not one is left out.
  const articleUrl = httpUrl(x.articleUrl);
  const base = httpUrl(x.reviewUrl) ?? articleUrl;
  for (const { claim: c, verdict: v } of x.claims) {
    if (!v) continue;
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

export function exportAs(format: ExportFormat, x: ExportContext): string {
  switch (format) {
    case 'md': return toMarkdown(x);
    case 'csv': return toCsv(x);
    case 'json': return toJson(x);
    case 'brat': return toBratExport(x);
    case 'claimreview': return toClaimReview(x);
  }
}

export const EXPORT_EXTENSION: Record<ExportFormat, string> = { md: 'claims.md', csv: 'claims.csv', json: 'claims.export.json', brat: 'ann', claimreview: 'claimreview.json' };

/** Everything an export needs, from a text, its claims and its stored verdicts. */
export function exportContext(article: string, text: string, claims: Claim[], records: VerdictRecord[], options: Partial<Pick<ExportContext, 'organization' | 'articleUrl' | 'reviewUrl' | 'scale' | 'unreadable'>> & { scale: string[] }): ExportContext {
  const { byClaim, orphans } = matchVerdicts(text, claims, records);
  const at = lineIndex(text);
  return {
    article, text, orphans, ...options, articleUrl: httpUrl(options.articleUrl), reviewUrl: httpUrl(options.reviewUrl),
    claims: claims.map((claim) => ({ claim, verdict: byClaim.get(claim.id)?.verdict, history: byClaim.get(claim.id)?.history, line: at(claim.cue[0].start).line })),
  };
}
