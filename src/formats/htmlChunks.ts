import type { Span } from '../engine/index';
import { type Attributes, BLOCK_ELEMENTS, leftOut } from './html';

/**
 * A page cut before its block elements' tags, keeping only the chunks that
 * hold the article: inside `article` or `main` when the page has either, the
 * whole page otherwise. An element whose text is left out (navigation, a
 * script, a caption, a byline: html.ts) is never cut, so it stays whole in one
 * chunk, where parsing the chunk finds it and leaves it out. Found by one
 * scan of the tags (no tree): a page is cut in a few milliseconds per
 * megabyte, and only the chunks an edit touched are parsed again.
 */
export function htmlChunks(text: string): Span[] {
  const all: { span: Span; inContent: boolean }[] = [];
  let chunkStart = 0;
  let startsInContent = false;
  let sawContent = false;
  let skip: { name: string; depth: number } | undefined;
  let content: { name: string; depth: number } | undefined;
  const tag = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>?/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    if (m[0] === '<!--') {
      const end = text.indexOf('-->', m.index + 4);
      tag.lastIndex = end < 0 ? text.length : end + 3;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const at = m.index;
    // A left-out p or li ends where the next block (or item) starts, its end tag unwritten.
    if (skip && !closing && skip.depth === 1 && IMPLIED_END.has(skip.name) && (skip.name === 'p' ? BLOCK_ELEMENTS.has(name) : name === skip.name)) skip = undefined;
    if (skip) {
      if (name === skip.name) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
    } else {
      // Cut before a block's start tag (its end tag ends the block all the same, inside the chunk), and at the article's either tag.
      if ((!closing && BLOCK_ELEMENTS.has(name)) || name === 'article' || name === 'main') {
        if (at > chunkStart) all.push({ span: { start: chunkStart, end: at }, inContent: startsInContent });
        chunkStart = at;
        startsInContent = false; // set below, once this tag is read
      }
      if (name === 'article' || name === 'main') {
        if (!closing) sawContent = true;
        if (!content && !closing) content = { name, depth: 1 };
        else if (content && name === content.name) content.depth += closing ? -1 : 1;
        if (content && content.depth === 0) content = undefined;
      } else if (!closing && !VOID.has(name) && leftOut(name, attributes(m[3]))) {
        skip = { name, depth: 1 };
      }
      if (chunkStart === at) startsInContent = content !== undefined;
    }
    if (!closing && RAW_TEXT.has(name)) {
      // Script, style, textarea and title hold text, not tags: go on after their end tag.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      const e = close.exec(text);
      tag.lastIndex = e ? e.index : text.length;
    }
  }
  if (text.length > chunkStart || all.length === 0) all.push({ span: { start: chunkStart, end: text.length }, inContent: startsInContent });
  return sawContent ? all.filter((c) => c.inContent).map((c) => c.span) : all.map((c) => c.span);
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'plaintext']);
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const NO_ATTRIBUTES: Attributes = Object.freeze({});

/** The attributes of a tag (only read when they may name a byline or an author). */
function attributes(s: string): Attributes {
  if (!/author|byline/i.test(s)) return NO_ATTRIBUTES;
  const out: Record<string, string> = Object.create(null);
  const attr = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let m: RegExpExecArray | null;
  // The first of two attributes of one name counts, as in HTML.
  while ((m = attr.exec(s))) out[m[1].toLowerCase()] ??= m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}
