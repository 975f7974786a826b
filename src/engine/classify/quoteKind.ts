import type { Doc } from '../text/document';
import type { RawAttribution } from '../extract/rawAttribution';
import type { QuoteKind } from '../types';

/** How much of the content stands inside quotation marks. */
export function quotedShare(doc: Doc, a: RawAttribution): Exclude<QuoteKind, 'according-to'> {
  let quoted = 0;
  let total = 0;
  for (const span of a.content) {
    for (let i = a.cueFirst; i >= 0 && doc.tokens[i].end > span.start; i--) {
      if (doc.tokens[i].start < span.start || doc.tokens[i].end > span.end || doc.tokens[i].kind === 'punct') continue;
      total++;
      if (doc.quoteOf[i] >= 0) quoted++;
    }
    for (let i = a.cueFirst + 1; i < doc.tokens.length && doc.tokens[i].start < span.end; i++) {
      if (doc.tokens[i].start < span.start || doc.tokens[i].kind === 'punct') continue;
      total++;
      if (doc.quoteOf[i] >= 0) quoted++;
    }
  }
  if (total === 0 || quoted === 0) return 'indirect';
  return quoted === total ? 'direct' : 'mixed';
}
