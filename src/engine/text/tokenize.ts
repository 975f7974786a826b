/**
 * Tokenizer with exact UTF-16 offsets. Words keep internal apostrophes and
 * hyphens ("don’t", "Tehran’s", "high-level"); dotted abbreviations stay whole
 * ("U.S."); numbers keep their separators ("100,000", "3.5"); a quote mark
 * written as two apostrophes or backticks ('' ’’ ‘‘ ``) is one token; every
 * other non-space character is a token of its own.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset one past the last character. */
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes folded to "'". */
  lower: string;
  kind: TokenKind;
  /** Index of the sentence the token belongs to (filled by the splitter). */
  sentence: number;
  /** True when a line break separates this token from the previous one. */
  newlineBefore: boolean;
  /** True when a blank line (paragraph break) separates it from the previous one. */
  paragraphBefore: boolean;
  /** True when white space separates it from the previous token. */
  spaceBefore: boolean;
}

const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`, // U.S. D.C. a.m.
    String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?`, // 100,000 3.5 10:30 1990s
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`, // words
    String.raw`\.{3}`,
    // Doubled marks written for one double quote: ''…'', ``…'', ‘‘…’’ (QUOTE_PAIRS in quotes.ts).
    "''|’’|‘‘|``",
    String.raw`\S`,
  ].join('|'),
  'gu',
);

const NUMBER_RE = /^\d/;
/** Clitics split off as PTB does and PolNeAR's spans assume: "he’s" → "he" "’s", "don’t" → "do" "n’t". */
const CLITIC_RE = /^(.*[\p{L}\p{N}])(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const WORD_RE = /[\p{L}\p{M}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  const pieces: [string, number][] = [];
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const c = /['’]/.test(m[0]) ? CLITIC_RE.exec(m[0]) : null;
    if (c) pieces.push([c[1], m.index], [c[2], m.index + c[1].length]);
    else pieces.push([m[0], m.index]);
  }
  for (const [t, start] of pieces) {
    const gap = text.slice(prevEnd, start);
    const newlines = countNewlines(gap);
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      lower: lowerOf(t),
      kind: NUMBER_RE.test(t) ? 'number' : WORD_RE.test(t) ? 'word' : 'punct',
      sentence: 0,
      newlineBefore: newlines > 0,
      paragraphBefore: newlines > 1,
      spaceBefore: gap.length > 0,
    });
    prevEnd = start + t.length;
  }
  return tokens;
}

function lowerOf(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function countNewlines(gap: string): number {
  let n = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && gap.charCodeAt(i + 1) !== 10) n++;
    else if (c === 0x2029) n += 2;
  }
  return n;
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
