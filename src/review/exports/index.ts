import { toBratExport } from './brat';
import { toClaimReview } from './claimReview';
import type { ExportContext } from './context';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';

/**
 * The export formats of the claims of an article with their verdicts: a
 * Markdown report, CSV, JSON, brat standoff and schema.org ClaimReview
 * JSON-LD, one file each; everything from an article or a verdict file is
 * escaped as its format needs.
 */
export { exportContext, type ExportContext, type RatedClaim } from './context';
export { toMarkdown } from './markdown';
export { toCsv } from './csv';
export { extractJson, toJson } from './json';
export { toBratExport } from './brat';
export { claimReviews, toClaimReview, validateClaimReview } from './claimReview';

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'brat', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
