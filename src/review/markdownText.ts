import { httpUrl } from './safeUrl';

/**
 * Untrusted text (an article's words, a verdict file's fields, an API answer,
 * a setting) in Markdown that shows that text and nothing else. Used by the
 * hover, the Claims view's tooltips and the Markdown export; pure, so the
 * export in the core and the extension share it.
 *
 * Stricter than VS Code's `MarkdownString.appendText`, which escapes
 * `` \ ` * _ { } [ ] ( ) # + - ! ~ `` and `>` with a backslash: here every
 * ASCII punctuation character that means something to CommonMark, GFM,
 * linkify or VS Code is escaped — so no link, image, emphasis, code span,
 * heading, list, table, strike-through, theme icon (`$(…)`), raw HTML (`<`),
 * entity reference (`&…;`) or autolink can start inside it, and a bare URL
 * or a domain name (`https://…`, `www.…`, `evil.example`, `a@b.example`) is
 * broken at its `:`, `/`, `.` and `@` so that no linkifier sees one. Newlines,
 * tabs and every other control or separator character fold to one space, so
 * no text can end a line and start a block (`===`, `---`, `#`, `>`, `|`, a
 * fence, four spaces of code). Left as they are: letters, digits, other
 * scripts, and `, ; ? % " '`, which start nothing outside a link title or an
 * HTML attribute (neither of which untrusted text ever reaches).
 */
export function markdownText(value: unknown): string {
  return displayText(value)
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim()
    .replace(/[!#$&()*+\-./:<=>@[\\\]^_`{|}~]/g, '\\$&');
}

/**
 * Any value of an untrusted record as the text a person should see: strings
 * as they are, numbers and booleans written out, other values as their JSON
 * (so that a field of the wrong type is shown, never lost and never a crash).
 */
export function displayText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/**
 * A link to an untrusted URL: only a well-formed http(s) URL (`httpUrl`)
 * becomes a link, its label escaped; anything else is shown as escaped text
 * and links nowhere. `&` in the target is backslash-escaped so that no
 * renderer reads `&#64;` or `&commat;` in it as a character reference.
 */
export function markdownLink(url: unknown, label?: unknown): string {
  const href = httpUrl(url);
  const text = markdownText(label) || markdownText(href ?? url);
  return href ? `[${text}](${href.replace(/&/g, '\\&')})` : text;
}

/** A verdict's evidence (any value a verdict file holds) as links or, where they are not http(s) URLs, as text. */
export function evidenceMarkdown(evidence: unknown): string[] {
  const items = Array.isArray(evidence) ? evidence : evidence === undefined || evidence === null ? [] : [evidence];
  return items.map((e) => markdownLink(e)).filter((s) => s.length > 0);
}
