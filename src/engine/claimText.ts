import type { Claim } from './types';

/** Who a claim is from, for a reader: the resolved speaker ("he" → "Nasser Kanani"), else the source as written; undefined when it has no source. Each surface says in its own words what has none. */
export function speakerOf(c: Claim): string | undefined {
  return c.speaker?.name ?? c.sourceText;
}

/** A content without the quotation marks that open and close it. */
export function unquoted(text: string): string {
  return text.replace(/^(?:[“"„«]|''|‘‘|``)|(?:[”"»“]|''|’’)$/g, '');
}
