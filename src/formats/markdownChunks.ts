import type { Span } from '../engine/index';

/** A Markdown file cut where its top-level blocks end, and its link reference definitions. */
export interface MarkdownChunks {
  chunks: Span[];
  /** The file's link reference definitions (`[audit]: https://…`), one a line: given to every chunk's parse so references resolve. */
  definitions: string;
}

const LINE = /[^\r\n]*(?:\r\n?|\n|$)/y;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*(?:\r\n?|\n)/;
const DEFINITION = /^ {0,3}\[[^\]\r\n]+\]:[ \t]*\S/;

/**
 * Cuts Markdown at blank lines where a new top-level block starts: never
 * inside front matter, a fenced code block or an HTML block that may hold
 * blank lines (`<pre>`, `<script>`, `<style>`, `<textarea>`, a comment), and
 * never before an indented line (a list item's next paragraph, indented code).
 * Each chunk parses on its own as it does inside the file, so converting
 * chunk by chunk (and only the chunks an edit touched) gives the same prose.
 */
export function markdownChunks(text: string): MarkdownChunks {
  const chunks: Span[] = [];
  const definitions: string[] = [];
  let chunkStart = 0;
  let contentEnd = 0;
  let blank = false;
  let fence: string | undefined;
  let rawClose: string | undefined;
  let pos = 0;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const close = /^(?:---|\.\.\.|\+\+\+)[ \t]*$/m;
    close.lastIndex = 0;
    const rest = text.slice(fm[0].length);
    const m = close.exec(rest);
    if (m) pos = contentEnd = fm[0].length + m.index + m[0].length;
  }
  while (pos < text.length) {
    LINE.lastIndex = pos;
    const whole = LINE.exec(text)![0];
    const lineStart = pos;
    pos += whole.length || 1;
    const line = whole.replace(/[\r\n]+$/, '');
    const lineEnd = lineStart + line.length;
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = undefined;
      contentEnd = lineEnd;
      continue;
    }
    if (rawClose) {
      if (line.toLowerCase().includes(rawClose)) rawClose = undefined;
      contentEnd = lineEnd;
      continue;
    }
    if (/^[ \t]*$/.test(line)) {
      blank = true;
      continue;
    }
    if (blank && line[0] !== ' ' && line[0] !== '\t' && contentEnd > chunkStart) {
      chunks.push({ start: chunkStart, end: contentEnd });
      chunkStart = lineStart;
    } else if (blank && contentEnd === chunkStart && chunkStart === 0) {
      chunkStart = lineStart;
    }
    blank = false;
    contentEnd = lineEnd;
    const f = FENCE.exec(line);
    if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
      fence = f[1];
      continue;
    }
    const raw = RAW_OPEN.exec(line);
    const close = raw ? `</${raw[1].toLowerCase()}>` : /^ {0,3}<!--/.test(line) ? '-->' : undefined;
    if (close && !line.toLowerCase().includes(close, raw ? raw[0].length : 4)) rawClose = close;
    if (DEFINITION.test(line)) definitions.push(line);
  }
  if (contentEnd > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: Math.max(contentEnd, chunkStart) });
  return { chunks, definitions: definitions.join('\n') };
}
