import { type Handler, Parser } from 'htmlparser2';
import { appendAligned } from './align';
import type { ProseBuilder } from './proseMap';

/**
 * HTML through htmlparser2 (a streaming parser that closes the end tags HTML
 * leaves implied and reads script and style as raw text), whose tokenizer
 * reports where each run of text and each character reference stands in the
 * source: the text a reader sees, entities decoded and mapped entity by
 * entity, white space collapsed as a browser shows it.
 */

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

/** Elements a `<p>` inside is not closed across (HTML's "button scope"). */
const P_SCOPE = new Set(['button', 'table', 'td', 'th', 'caption', 'template', 'object', 'applet', 'marquee', 'html', 'svg', 'math']);

const BYLINE = /(?:^|[^a-z])(?:byline|author)(?:$|[^a-z])/i;

/** A tag's attributes, by (lower-case) name. */
export type Attributes = Readonly<Record<string, string>>;

/** A byline: class, id or itemprop naming a byline or an author, or rel="author". Its text is no claim. */
export function isByline(attrs: Attributes): boolean {
  for (const name of ['class', 'itemprop', 'id']) if (typeof attrs[name] === 'string' && BYLINE.test(attrs[name])) return true;
  return typeof attrs.rel === 'string' && /(?:^|\s)author(?:\s|$)/i.test(attrs.rel);
}

/** Is this element's text left out of the prose (page furniture, a caption, a byline)? */
export function leftOut(tag: string, attrs: Attributes): boolean {
  return LEFT_OUT_ELEMENTS.has(tag) || isByline(attrs);
}

/**
 * Appends the prose of a piece of HTML (`html`, found at `offset` in the
 * source) to the builder: text in document order, block elements ending
 * blocks, `<br>` a line break, comments and left-out elements passed over.
 * `html` is a chunk of a page, or an HTML block inside Markdown: which parts
 * of a page hold the article is decided by the chunks (htmlChunks.ts).
 * Malformed HTML is read as a browser would read it, near enough; it never throws.
 */
export function appendHtml(b: ProseBuilder, html: string, offset: number): void {
  b.paragraph(offset);
  new ProseParser(b, html, offset).end(html);
  b.paragraph(offset + html.length);
}

/**
 * An element the parser holds open. `hides`: its text (and all inside it) is
 * left out. `ended`: HTML would have closed it already (closeParagraph).
 */
interface Open {
  name: string;
  hides: boolean;
  ended: boolean;
}

const COLLAPSIBLE = /^[ \t\n\r\f]$/;

/**
 * The parser, told where each tag and each piece of text stands (the
 * tokenizer's indices, which the parser's own events do not carry for text
 * and entities), writing the prose as the events come. Its open elements
 * mirror the parser's: every element the parser opens (all but void ones) it
 * closes exactly once, implied or not, the rest at the end.
 */
class ProseParser extends Parser {
  /** The tag being read: where its `<` is, and where it ends (past its `>`). */
  private from = 0;
  private to = 0;
  private readonly open: Open[] = [];
  /** How many open elements leave their text out. */
  private hidden = 0;

  constructor(
    private readonly b: ProseBuilder,
    private readonly html: string,
    private readonly offset: number,
  ) {
    const events: Partial<Handler> = {};
    super(events);
    events.onopentagname = (name) => this.opened(name);
    events.onopentag = (name, attrs) => this.started(name, attrs);
    events.onclosetag = (name, implied) => this.closed(name, implied);
  }

  // The tokenizer's callbacks (htmlparser2's TokenizerCallbacks), noting where each thing is before the parser reads it.

  override onopentagname(start: number, end: number): void {
    this.from = start - 1;
    super.onopentagname(start, end);
  }

  override onopentagend(end: number): void {
    this.to = end + 1;
    super.onopentagend(end);
  }

  override onselfclosingtag(end: number): void {
    this.to = end + 1;
    super.onselfclosingtag(end);
  }

  override onclosetag(start: number, end: number): void {
    this.from = start - 2;
    const close = this.html.indexOf('>', end);
    this.to = close < 0 ? this.html.length : close + 1;
    super.onclosetag(start, end);
  }

  override onend(): void {
    this.from = this.to = this.html.length;
    super.onend();
  }

  /** Text as it stands in the source (a run between tags and references): copied, white space collapsed. */
  override ontext(start: number, end: number): void {
    if (!this.hidden) {
      const raw = this.html.slice(start, end);
      // U+0000 is no text in HTML (a browser drops it).
      if (raw.includes('\0')) {
        let at = start;
        for (const piece of raw.split('\0')) {
          appendAligned(this.b, piece, this.html, at, at + piece.length, true, this.offset);
          at += piece.length + 1;
        }
      } else {
        appendAligned(this.b, raw, this.html, start, end, true, this.offset);
      }
    }
    super.ontext(start, end);
  }

  /**
   * A character reference, ending at `end`, decoded: its character stands for
   * all of it (`&ldquo;` → “). A reference is `&` then letters, digits, `#`
   * and `;`, so it starts at the last `&` before its end. One that decodes to
   * two characters comes as two calls, each standing for the whole reference.
   */
  override ontextentity(codePoint: number, end: number): void {
    if (!this.hidden) {
      const start = this.html.lastIndexOf('&', end - 1);
      const ch = String.fromCodePoint(codePoint);
      if (COLLAPSIBLE.test(ch)) this.b.space(start + this.offset, end + this.offset);
      else this.b.stand(ch, start + this.offset, end + this.offset);
    }
    super.ontextentity(codePoint, end);
  }

  // The parser's events.

  private opened(name: string): void {
    if (BLOCK_ELEMENTS.has(name)) this.closeParagraph();
    if (!this.isVoidElement(name)) this.open.push({ name, hides: false, ended: false });
  }

  /** A start tag read whole, with its attributes. */
  private started(name: string, attrs: Attributes): void {
    if (name === 'br') {
      if (!this.hidden) this.b.stand('\n', this.from + this.offset, this.to + this.offset);
      return;
    }
    if (BLOCK_ELEMENTS.has(name) && !this.hidden) this.b.paragraph(this.from + this.offset);
    // The page's <head> is not left out as such: its title, scripts and styles are, and text in it is the body's (a browser reads it so).
    const element = this.isVoidElement(name) ? undefined : this.open[this.open.length - 1];
    if (element && name !== 'head' && leftOut(name, attrs)) {
      element.hides = true;
      this.hidden++;
    }
  }

  private closed(name: string, implied: boolean): void {
    if (this.isVoidElement(name)) return;
    const element = this.open.pop();
    if (element?.hides) this.hidden--;
    else if (element && BLOCK_ELEMENTS.has(element.name) && !this.hidden) this.b.paragraph((implied ? this.from : this.to) + this.offset);
  }

  /**
   * A block's start tag ends an open `<p>` (HTML's rule, and the chunks' in
   * htmlChunks.ts); htmlparser2 does so for most blocks, not for `li`, `dd`,
   * `dt`, `summary` and a few more, which it nests inside the `<p>`. Only
   * what is left out depends on it: a byline `<p>` left open must not hide
   * the list item after it.
   */
  private closeParagraph(): void {
    this.hidden -= endOpenParagraph(this.open);
  }

}

/**
 * A block's start tag ends the innermost open `<p>` outside a scope that
 * shields it (P_SCOPE), and all still open inside it: they are marked ended
 * and no longer leave their text out. Says how many stopped leaving it out.
 * The converter (above) and the chunks (htmlChunks.ts) apply it alike.
 */
export function endOpenParagraph(open: { name: string; hides: boolean; ended: boolean }[]): number {
  for (let i = open.length - 1; i >= 0; i--) {
    const { name, ended } = open[i];
    if (ended) continue;
    if (P_SCOPE.has(name)) return 0;
    if (name !== 'p') continue;
    let unhidden = 0;
    for (const element of open.slice(i)) {
      if (element.hides) unhidden++;
      element.hides = false;
      element.ended = true;
    }
    return unhidden;
  }
  return 0;
}
