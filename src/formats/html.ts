import { parseFragment } from 'parse5';
import { appendAligned } from './align';
import type { ProseBuilder } from './proseMap';

/**
 * HTML through parse5 (the WHATWG parsing algorithm, with each node's source
 * offsets): the text a reader sees, entities decoded and mapped entity by
 * entity, white space collapsed as a browser shows it.
 */

interface Loc { startOffset: number; endOffset: number }
interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  sourceCodeLocation?: Loc | null;
}

/** Elements whose text is no part of the article: scripts, navigation, page furniture, forms, embedded things. */
export const LEFT_OUT_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'textarea', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  // Captions are no claims (they describe a picture); see isByline for bylines.
  'figcaption',
]);

/** Elements that end a block of text: the engine's blocks follow them. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

const BYLINE = /(?:^|[^a-z])(?:byline|author)(?:$|[^a-z])/i;

/** A byline: class or itemprop naming a byline or an author, or rel="author". Its text is no claim. */
export function isByline(attrs: readonly { name: string; value: string }[]): boolean {
  for (const a of attrs) {
    if ((a.name === 'class' || a.name === 'itemprop' || a.name === 'id') && BYLINE.test(a.value)) return true;
    if (a.name === 'rel' && /(?:^|\s)author(?:\s|$)/i.test(a.value)) return true;
  }
  return false;
}

/** Is this element's text left out of the prose (page furniture, a caption, a byline)? */
export function leftOut(tag: string, attrs: readonly { name: string; value: string }[]): boolean {
  return LEFT_OUT_ELEMENTS.has(tag) || isByline(attrs);
}

/**
 * Appends the prose of a piece of HTML (`html`, found at `offset` in the
 * source) to the builder: text nodes in document order, block elements
 * ending blocks, `<br>` a line break, comments and left-out elements passed
 * over. `html` is parsed as a fragment (a chunk of a page, or an HTML block
 * inside Markdown): which parts of a page hold the article is decided by the
 * chunks (chunks.ts).
 */
export function appendHtml(b: ProseBuilder, html: string, offset: number): void {
  const root = parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  b.paragraph(offset);
  walk(b, root, html, { offset, at: offset });
  b.paragraph(offset + html.length);
}

/**
 * `place.at`: where in the file the walk has got to, for an element the
 * parser made up (an end tag without a start tag: `</p>` alone), which has no
 * location of its own.
 */
function walk(b: ProseBuilder, node: Node, html: string, place: { offset: number; at: number }): void {
  const { offset } = place;
  for (const child of node.childNodes ?? []) {
    const loc = child.sourceCodeLocation;
    if (child.nodeName === '#text') {
      if (loc) {
        appendAligned(b, child.value ?? '', html, loc.startOffset, loc.endOffset, true, offset);
        place.at = loc.endOffset + offset;
      }
      continue;
    }
    if (child.nodeName.startsWith('#')) continue; // comments, doctypes
    const start = loc ? loc.startOffset + offset : place.at;
    const end = loc ? loc.endOffset + offset : place.at;
    place.at = start;
    if (child.nodeName === 'br') {
      b.stand('\n', start, end);
    } else if (leftOut(child.nodeName, child.attrs ?? [])) {
      if (BLOCK_ELEMENTS.has(child.nodeName)) b.paragraph(start);
    } else {
      const block = BLOCK_ELEMENTS.has(child.nodeName);
      if (block) b.paragraph(start);
      walk(b, child, html, place);
      if (block) b.paragraph(loc ? end : place.at);
    }
    place.at = Math.max(place.at, end);
  }
}
