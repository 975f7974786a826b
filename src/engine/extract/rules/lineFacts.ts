import type { Doc } from '../../text/document';

/**
 * The lines of a block as the layout rules read them, found in one walk over
 * the tokens: per token the first token of its line and one past the last.
 * A line's text is read only when a rule asks for it, once per line.
 */
export interface LineFacts {
  first: Int32Array;
  end: Int32Array;
  /** The text of the line holding token `i`, trimmed; undefined when it is longer than `max` characters. */
  text(i: number, max: number): string | undefined;
}

export function lineFacts(doc: Doc): LineFacts {
  const { tokens } = doc;
  const n = tokens.length;
  const first = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = i > 0 && !tokens[i].newlineBefore ? first[i - 1] : i;
  for (let i = n - 1; i >= 0; i--) end[i] = i < n - 1 && !tokens[i + 1].newlineBefore ? end[i + 1] : i + 1;
  return {
    first,
    end,
    text(i, max) {
      const from = tokens[first[i]].start;
      const to = tokens[end[i] - 1].end;
      return to - from > max ? undefined : doc.text.slice(from, to).trim();
    },
  };
}
