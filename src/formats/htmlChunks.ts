import type { Span } from '../engine/index';
import { type Attributes, BLOCK_ELEMENTS, endOpenParagraph, leftOut } from './html';

/**
 * A page cut before its block elements' tags, keeping only the chunks that
 * hold the article: inside `article` or `main` when the page has either, the
 * whole page otherwise. An element whose text is left out (navigation, a
 * script, a caption, a byline: html.ts) is never cut, so it stays whole in one
 * chunk, where parsing the chunk finds it and leaves it out. Found by one
 * scan of the tags (no tree): a page is cut in a few milliseconds per
 * megabyte, and only the chunks an edit touched are parsed again.
 */
export function htmlChunks(text: string): HtmlChunk[] {
  const all: { span: HtmlChunk; inContent: boolean }[] = [];
  let chunkStart = 0;
  let startsInContent = false;
  let sawContent = false;
  let content: { name: string; depth: number } | undefined;
  const open = new OpenElements();
  let chunkContext = '';
  const tag = /<!--|<[!?][^>]*>?|<\/(?![a-zA-Z])[^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>?/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text))) {
    if (m[0] === '<!--') {
      const end = text.indexOf('-->', m.index + 4);
      tag.lastIndex = end < 0 ? text.length : end + 3;
      continue;
    }
    // A declaration, a processing instruction or "</" without a name: the tokenizer reads them as comments, up to ">".
    if (m[2] === undefined) continue;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const at = m.index;
    if (closing) open.close(name);
    else open.start(name);
    // Cut before a block's start tag (its end tag ends the block all the same, inside the chunk), and at the article's either tag,
    // where nothing left out is open (the tag may have closed what was: a block ends an open <p>, a <li> the <li> before it).
    if (!open.hidden && ((!closing && BLOCK_ELEMENTS.has(name)) || name === 'article' || name === 'main')) {
      if (at > chunkStart) all.push({ span: { start: chunkStart, end: at, context: chunkContext }, inContent: startsInContent });
      chunkStart = at;
      chunkContext = open.context();
      startsInContent = false; // set below, once this tag is read
    }
    if (!open.hidden && (name === 'article' || name === 'main')) {
      if (!closing) sawContent = true;
      if (!content && !closing) content = { name, depth: 1 };
      else if (content && name === content.name) content.depth += closing ? -1 : 1;
      if (content && content.depth === 0) content = undefined;
    }
    if (!closing) open.push(name, attributes(m[3]));
    if (chunkStart === at) startsInContent = content !== undefined;
    if (!closing && RAW_TEXT.has(name)) {
      // Script, style, textarea and title hold text, not tags: go on after their end tag.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      const e = close.exec(text);
      tag.lastIndex = e ? e.index : text.length;
    }
  }
  if (text.length > chunkStart || all.length === 0) all.push({ span: { start: chunkStart, end: text.length, context: chunkContext }, inContent: startsInContent });
  return sawContent ? all.filter((c) => c.inContent).map((c) => c.span) : all.map((c) => c.span);
}

/**
 * A chunk of a page, and the start tags of the elements open where it
 * starts (`<div><figure>`): parsed after them, an end tag in the chunk
 * closes what it closes in the page (`</figure>` ends a caption left open).
 */
export interface HtmlChunk extends Span {
  context: string;
}

/**
 * The elements the parser holds open, as htmlparser2 keeps them (a start
 * tag closes those HTML implies it ends; an end tag closes its element and
 * all open inside it, or nothing when none is open), with the converter's
 * own rule (html.ts: a block's start tag ends an open <p>): enough to know
 * whether something left out is open, which a chunk must never be cut inside.
 */
class OpenElements {
  private readonly stack: { name: string; hides: boolean; ended: boolean }[] = [];
  /** How many open elements leave their text out. */
  hidden = 0;

  /** A start tag's effect on what is open before the element itself opens. */
  start(name: string): void {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (this.stack.length && implied.has(this.stack[this.stack.length - 1].name)) this.pop();
    if (BLOCK_ELEMENTS.has(name)) this.endParagraph();
  }

  /** The element opens (after start): void elements and a second form do not. */
  push(name: string, attrs: Attributes): void {
    if (VOID.has(name) || (name === 'form' && this.stack.some((e) => e.name === 'form'))) return;
    const hides = name !== 'head' && leftOut(name, attrs);
    this.stack.push({ name, hides, ended: false });
    if (hides) this.hidden++;
  }

  close(name: string): void {
    if (VOID.has(name)) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (this.stack[i].name !== name) continue;
      while (this.stack.length > i) this.pop();
      return;
    }
  }

  /** The start tags of the open elements, outermost first (none of them left out where a chunk starts). */
  context(): string {
    return this.stack.map((e) => `<${e.name}>`).join('');
  }

  private pop(): void {
    const e = this.stack.pop();
    if (e?.hides) this.hidden--;
  }

  private endParagraph(): void {
    this.hidden -= endOpenParagraph(this.stack);
  }

}

/** HTML's start tags that end open elements, as htmlparser2 applies them (its openImpliesClose). */
const P_ONLY = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P_ONLY], ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, HEADINGS] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as [string, Set<string>]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']
    .map((t) => [t, P_ONLY] as [string, Set<string>]),
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'plaintext']);
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
