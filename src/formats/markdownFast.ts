import type { ProseBuilder } from './proseMap';

/**
 * The common chunk without micromark: a paragraph, a heading of one line or
 * a tight list of one-line items (`- ` or `+ `), of plain words, links of the
 * plainest form (`[text](address)`) and emphasis on words (`*word*`,
 * `**a few words**`, `_word_`). micromark reads about half a megabyte a second
 * here, so a 1 MB article would spend more time parsing than the engine
 * spends reading it; most chunks of an article are such blocks. Anything else
 * (a quote, code, an entity, an escape, a reference, an image, a tag, emphasis
 * that is not plainly around words, a list item of two lines) is left to
 * micromark: this returns false and appends nothing. A unit test checks that
 * both read generated chunks alike, prose and map.
 */

/** What may open a line of a plain block: not a block marker (list, heading, quote, fence, table, setext line, indentation). */
const BLOCK_START = /(?:^|\n)(?:[ \t]|[-+*>#=|~`_]|\d{1,9}[.)])/;
/** Characters that mean markup, once links and emphasis are taken out; white space at a line's end or start (a hard break, or stripped). */
const SPECIAL = /[\\`*_[\]<>|~\r]|&#?[A-Za-z0-9]+;|[ \t]\n|\n[ \t]/;
/** A link of the plainest form: text without markup, an address without spaces, parentheses or markup. */
const LINK = /\[([^[\]\\`*_<>&!\n]+)\]\(([^\s()<>\\[\]`]+)\)/g;
/** Emphasis around words: opened after a space, a quote mark or a parenthesis (or at the start), closed before one or before punctuation. */
const EMPHASIS = /(?<=^|[\s"'(“‘])(\*\*|\*|__|_)([A-Za-z0-9][^*_\\\n[\]`<>&!~]*?[A-Za-z0-9.,!?'"”’)])\1(?=$|[\s.,;:!?'")”’])/g;
/** A heading of one line: its text after `# ` (no closing #s). */
const HEADING = /^#{1,6} (?=\S)/;
const ITEM = /^[-+] (?=\S)/;

type Piece = { text: string; from: number };

/**
 * The pieces of prose of an inline text (`text`, found at `offset`): the text
 * between markup, a link's text, emphasised words; or undefined if it holds
 * markup that only micromark reads right.
 */
function inline(text: string, offset: number): Piece[] | undefined {
  if (BLOCK_START.test(text) || text.length === 0 || /^\s|\s$/.test(text)) return undefined;
  const marks: { start: number; end: number; inner: number; text: string }[] = [];
  for (const m of text.matchAll(LINK)) {
    if (text[m.index - 1] === '!') return undefined; // an image
    marks.push({ start: m.index, end: m.index + m[0].length, inner: m.index + 1, text: m[1] });
  }
  for (const m of text.matchAll(EMPHASIS)) {
    if (marks.some((k) => m.index < k.end && k.start < m.index + m[0].length)) return undefined;
    marks.push({ start: m.index, end: m.index + m[0].length, inner: m.index + m[1].length, text: m[2] });
  }
  marks.sort((x, y) => x.start - y.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const k of marks) {
    if (k.start < at) return undefined;
    pieces.push({ text: text.slice(at, k.start), from: offset + at }, { text: k.text, from: offset + k.inner });
    at = k.end;
  }
  pieces.push({ text: text.slice(at), from: offset + at });
  return pieces.some((p) => SPECIAL.test(p.text)) ? undefined : pieces;
}

/** The blocks of a chunk the fast path reads (their inline text and offsets), or undefined. */
function blocksOf(source: string): { text: string; from: number }[] | undefined {
  if (HEADING.test(source)) {
    if (source.includes('\n') || /(?:^|\s)#+\s*$/.test(source)) return undefined;
    const skip = source.indexOf(' ') + 1;
    return [{ text: source.slice(skip), from: skip }];
  }
  if (ITEM.test(source)) {
    const out: { text: string; from: number }[] = [];
    let at = 0;
    for (const line of source.split('\n')) {
      if (!ITEM.test(line) || line[0] !== source[0]) return undefined;
      out.push({ text: line.slice(2), from: at + 2 });
      at += line.length + 1;
    }
    return out;
  }
  return [{ text: source, from: 0 }];
}

/**
 * Appends the prose of `source` (a chunk, at offset 0) if the fast path reads
 * it; false (nothing appended) if micromark must.
 */
export function appendPlainParagraph(b: ProseBuilder, source: string): boolean {
  const blocks = blocksOf(source);
  if (!blocks) return false;
  const all: Piece[][] = [];
  for (const block of blocks) {
    const pieces = inline(block.text, block.from);
    if (!pieces) return false;
    all.push(pieces);
  }
  all.forEach((pieces, i) => {
    for (const p of pieces) b.copy(p.text, p.from);
    b.paragraph(blocks[i].from + blocks[i].text.length);
  });
  return true;
}
