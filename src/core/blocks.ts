import type { Span } from './types';

/**
 * Cuts a text into blocks that can be analysed on their own: at blank lines,
 * but never inside an open quotation, after a line ending in a colon, or
 * before a paragraph that opens with a quotation mark (it may continue the
 * previous speaker). Every window and rule of the engine stays inside a block,
 * so analysing block by block gives the same claims as the whole text.
 */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const gap = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
  let start = 0;
  let curly = 0;
  let straight = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = gap.exec(text)) !== null) {
    const end = m.index;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) curly++;
      else if (c === 0x201d) curly = Math.max(0, curly - 1);
      else if (c === 0x22) straight ^= 1;
    }
    from = end;
    const next = m.index + m[0].length;
    const before = text.slice(Math.max(start, end - 2), end).trimEnd();
    const opensQuote = /^[“"‘«]/.test(text.slice(next, next + 1));
    // A paragraph that never closes its quote is broken or continues: only the latter keeps the block open.
    if ((curly > 0 && opensQuote) || (straight && opensQuote) || before.endsWith(':') || opensQuote) continue;
    curly = 0;
    straight = 0;
    blocks.push({ start, end: next });
    start = next;
  }
  if (start < text.length || blocks.length === 0) blocks.push({ start, end: text.length });
  return blocks;
}
