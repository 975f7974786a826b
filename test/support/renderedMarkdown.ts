/**
 * What a piece of Markdown links to and loads once rendered, by two real
 * CommonMark + GFM renderers: markdown-it with linkify on (bare URLs, `www.`,
 * domain names and e-mail addresses become links) and marked, the renderer
 * VS Code's hovers and tooltips use, with VS Code's link rendering. Raw HTML is let through and every link
 * target is kept (markdown-it's own `javascript:` filter is off), so the
 * check sees everything a lax renderer would make of the text. Shared by the
 * unit tests and the integration suite (both hosts).
 */
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';

const markdownIt = new MarkdownIt({ html: true, linkify: true });
markdownIt.validateLink = () => true;
// As VS Code's renderer does (markdownRenderer.ts): the href is HTML-encoded, so an entity in it stays text.
const marked = new Marked({ gfm: true, async: false }).use({
  renderer: {
    link({ href, tokens }) {
      const encoded = href.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      return `<a href="${encoded}">${this.parser.parseInline(tokens)}</a>`;
    },
  },
});

const RENDERERS: Record<string, (markdown: string) => string> = {
  'markdown-it': (s) => markdownIt.render(s),
  marked: (s) => marked.parse(s) as string,
};

/** The tags a renderer makes of plain Markdown; anything else is raw HTML that got through. */
const MARKDOWN_TAGS = new Set(['p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'blockquote', 'code', 'pre', 'del', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

export interface Rendered {
  renderer: string;
  html: string;
  /** Every `href` of the rendered HTML, attribute-decoded. */
  links: string[];
  /** Every `src`/`srcset`/`poster`/`background` and every CSS `url(` of it: what a webview would load. */
  loads: string[];
  /** The tag names in order (opening tags). */
  tags: string[];
}

function decodeAttribute(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));?/gi, (_m, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()];
  });
}

export function render(markdown: string): Rendered[] {
  return Object.entries(RENDERERS).map(([renderer, run]) => {
    const html = run(markdown);
    const links: string[] = [];
    const loads: string[] = [];
    const tags: string[] = [];
    for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
      tags.push(tag[1].toLowerCase());
      for (const a of tag[2].matchAll(/([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
        const name = a[1].toLowerCase();
        const value = decodeAttribute(a[2] ?? a[3] ?? a[4] ?? '');
        if (name === 'href' || name === 'xlink:href' || name === 'action' || name === 'formaction') links.push(value);
        if (['src', 'srcset', 'poster', 'background', 'data'].includes(name) || /url\s*\(/i.test(value)) loads.push(value);
        if (name.startsWith('on')) loads.push(`${name}=${value}`);
      }
    }
    return { renderer, html, links, loads, tags };
  });
}

const same = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * What is wrong with a rendered surface: a link to anything but `allowed`
 * (the targets the code itself emitted, or patterns of them), anything loaded (an image, a
 * style), a tag that is raw HTML, or more headings and rules than `blocks`
 * allows. Empty when the Markdown is safe in both renderers.
 */
export function problems(markdown: string, allowed: Iterable<string | RegExp> = [], blocks = 0): string[] {
  const ok = new Set([...allowed].filter((a): a is string => typeof a === 'string').map(same));
  const patterns = [...allowed].filter((a): a is RegExp => a instanceof RegExp);
  const out: string[] = [];
  for (const r of render(markdown)) {
    for (const link of r.links) if (!ok.has(same(link)) && !patterns.some((p) => p.test(link))) out.push(`${r.renderer}: a link to ${JSON.stringify(link)}`);
    for (const load of r.loads) out.push(`${r.renderer}: loads ${JSON.stringify(load)}`);
    for (const tag of r.tags) if (!MARKDOWN_TAGS.has(tag)) out.push(`${r.renderer}: raw HTML <${tag}>`);
    // No surface strikes anything through: a <del> or <s> came from `~~` in the text.
    for (const tag of r.tags) if (tag === 'del' || tag === 's') out.push(`${r.renderer}: strike-through <${tag}>`);
    const made = r.tags.filter((t) => /^(h[1-6]|hr|table|pre)$/.test(t)).length;
    if (made > blocks) out.push(`${r.renderer}: ${made} headings, rules, tables or code blocks where the code made ${blocks}`);
  }
  return out;
}
