import type { ProseBuilder } from './proseMap';

/** A character reference: named, decimal or hexadecimal (HTML also takes a few names without the semicolon). */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;
/** HTML's white space, which a browser shows as one space. */
const COLLAPSIBLE = /[ \t\n\r\f]/;
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/**
 * Appends a parser's decoded text (`value`) of the source range [from, to) to
 * the prose, each character mapped to where it stands in the source. Where
 * the slice is the value (most text) it is one copy; otherwise the two are
 * walked together: a character reference (`&amp;`, `&#8220;`) maps its decoded
 * characters to the whole reference, a backslash escape (`\*`) its character
 * to both, and source characters the value lacks (a block quote's `> ` after
 * a line break, a list item's indentation) are passed over.
 *
 * `collapse`: white space runs become one space (HTML), a line break included.
 * `shift`: where `source` starts in the file (a piece of HTML inside Markdown).
 */
export function appendAligned(out: ProseBuilder, value: string, source: string, from: number, to: number, collapse = false, shift = 0): void {
  if (!value) return;
  const b: Sink = shift ? shifted(out, shift) : out;
  if (to - from === value.length && source.startsWith(value, from) && !(collapse && NEEDS_COLLAPSE.test(value))) {
    if (!collapse) {
      b.copy(value, from);
      return;
    }
    // A space at either end is owed, not copied: none at a block's start or end.
    const lead = value.charCodeAt(0) === 32 ? 1 : 0;
    const trail = value.length > lead && value.charCodeAt(value.length - 1) === 32 ? 1 : 0;
    if (lead) b.space(from, from + 1);
    b.copy(value.slice(lead, value.length - trail), from + lead);
    if (trail) b.space(to - 1, to);
    return;
  }
  let j = from;
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (collapse && COLLAPSIBLE.test(ch)) {
      // The run of white space in the value, and as much of it as the source has here.
      let k = i;
      while (k < value.length && COLLAPSIBLE.test(value[k])) k++;
      let e = j;
      while (e < to && COLLAPSIBLE.test(source[e])) e++;
      b.space(j, Math.max(e, j));
      i = k;
      j = e;
      continue;
    }
    if (j >= to) {
      // The value has more than the source shows (should not happen): the rest stands for the range's end.
      b.stand(value.slice(i), to, to);
      return;
    }
    const s = source[j];
    if (s === '&' && !source.startsWith(value.slice(i, i + 2), j)) {
      REFERENCE.lastIndex = j;
      const m = REFERENCE.exec(source);
      if (m && m.index + m[0].length <= to) {
        const after = j + m[0].length;
        const n = decodedLength(value, i, source, after, to);
        b.stand(value.slice(i, i + n), j, after);
        i += n;
        j = after;
        continue;
      }
    }
    if (s === ch) {
      let k = 1;
      while (i + k < value.length && j + k < to && value[i + k] === source[j + k] && source[j + k] !== '&' && source[j + k] !== '\\' && !(collapse && COLLAPSIBLE.test(value[i + k]))) k++;
      b.copy(value.slice(i, i + k), j);
      i += k;
      j += k;
    } else if (s === '\\' && source[j + 1] === ch) {
      b.stand(ch, j, j + 2);
      i++;
      j += 2;
    } else {
      j++; // markup the value does not hold
    }
  }
}

/**
 * How many characters of the value a character reference decoded to: one, or
 * two (a character outside the BMP, a few named references), told by where
 * the value goes on as the source does after the reference.
 */
function decodedLength(value: string, i: number, source: string, after: number, to: number): number {
  const code = value.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return Math.min(2, value.length - i);
  if (i + 2 <= value.length && after < to && value[i + 1] !== source[after] && value[i + 2] === source[after]) return 2;
  return 1;
}

type Sink = Pick<ProseBuilder, 'copy' | 'stand' | 'space'>;

/** The builder with source offsets moved by `by`. */
function shifted(b: ProseBuilder, by: number): Sink {
  return {
    copy: (text, from) => b.copy(text, from + by),
    stand: (text, from, to) => b.stand(text, from + by, to + by),
    space: (from, to) => b.space(from + by, to + by),
  };
}
