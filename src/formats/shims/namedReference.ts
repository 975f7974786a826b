import { decodeHTMLStrict } from 'entities/decode';

/**
 * decode-named-character-reference, as micromark calls it (a name without
 * `&` and `;` → its characters, or false), answered by `entities`, whose
 * table htmlparser2 (the HTML path) bundles anyway: the bundles then carry
 * one table of HTML's 2,231 named references instead of two, and no
 * `document` (the package's browser build makes an element to decode, which
 * a web worker, the web extension host, does not have). scripts/build.mjs
 * aliases the package to this file. References are rare in Markdown; each is
 * decoded once and kept.
 */
const known = new Map<string, string | false>();

export function decodeNamedCharacterReference(value: string): string | false {
  let decoded = known.get(value);
  if (decoded !== undefined) return decoded;
  decoded = false;
  if (/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(value)) {
    // Strict: only a whole name followed by its semicolon decodes (`&ampx;` is no reference, though HTML text reads its `&amp`).
    const reference = `&${value};`;
    const text = decodeHTMLStrict(reference);
    if (text !== reference) decoded = text;
  }
  known.set(value, decoded);
  return decoded;
}
