import { Token } from './tokenize';

/** A double-quoted passage: token indices of its marks (inclusive). */
export interface QuoteRegion {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the last token when unclosed. */
  close: number;
  /** False when the quote never closed (a broken quote). */
  closed: boolean;
}

/**
 * Marks that only open, and marks that only close, a double quote: curly
 * (“…”), doubled (‘‘…’’, ``…''), guillemets («…») and low-high („…“, closed
 * by “ or ”). Straight " and doubled '' (''…'' in some papers) open or close
 * by the spacing around them.
 */
const OPENERS = new Set(['“', '«', '„', '‘‘', '``']);
const CLOSERS = new Set(['”', '»', '’’']);
/** Marks that open or close by their spacing. */
export const STRAIGHT = new Set(['"', "''"]);

/** Every mark a quote may open with (what blocks.ts must not cut before). */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...OPENERS, ...STRAIGHT]);
/** Every mark a quote may close with (“ only after „). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...CLOSERS, ...STRAIGHT]);

/** Is the mark at token i, opening a quote, closed by `t`? „ is closed by “ too. */
function closes(tokens: Token[], open: number, t: Token, isOpener: boolean): boolean {
  if (CLOSERS.has(t.text)) return true;
  if (t.text === '“') return tokens[open].text === '„';
  return STRAIGHT.has(t.text) && !isOpener;
}

/** Is this straight quote at token i an opening one? Decided by the spacing around it. */
function straightOpens(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (i === 0 || t.spaceBefore || t.newlineBefore) return !!next && !next.spaceBefore;
  const prev = tokens[i - 1];
  return /^[(\[—–-]$/.test(prev.text) && !!next && !next.spaceBefore;
}

/**
 * Finds double-quoted passages. Handles curly, straight and doubled marks, and the
 * newspaper convention for multi-paragraph quotes: each paragraph opens with a
 * mark and only the last one closes. An unclosed quote ends at its paragraph's
 * end so that one stray mark cannot swallow the rest of the document.
 */
export function findQuotes(tokens: Token[]): { regions: QuoteRegion[]; quoteOf: Int32Array } {
  const regions: QuoteRegion[] = [];
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let open = -1;
  let lastInParagraph = -1;
  const finish = (close: number, closed: boolean) => {
    regions.push({ open, close, closed });
    for (let k = open; k <= close; k++) quoteOf[k] = regions.length - 1;
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (open >= 0 && t.newlineBefore) {
      // A paragraph ended inside an open quote: continued only if this one opens again.
      const reopens = OPENERS.has(t.text) || (STRAIGHT.has(t.text) && straightOpens(tokens, i));
      if (!reopens) finish(lastInParagraph, false);
      else { lastInParagraph = i; continue; }
    }
    lastInParagraph = i;
    const isOpener = OPENERS.has(t.text) || (STRAIGHT.has(t.text) && straightOpens(tokens, i));
    if (open < 0 && isOpener) open = i;
    else if (open >= 0 && closes(tokens, open, t, isOpener)) finish(i, true);
    else if (open >= 0 && isOpener && !STRAIGHT.has(t.text)) {
      // A new opening mark before a close: the first quote was broken.
      finish(i - 1, false);
      open = i;
    }
  }
  if (open >= 0) finish(tokens.length - 1, false);
  return { regions, quoteOf };
}
