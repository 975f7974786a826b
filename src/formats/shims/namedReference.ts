import { parseFragment } from 'parse5';

/**
 * decode-named-character-reference, as micromark calls it (a name without
 * `&` and `;` → its characters, or false), answered by parse5, which the HTML
 * path bundles anyway: the bundles then carry one table of HTML's 2,231 named
 * references instead of two (35 KB), and no `document` (the package's browser
 * build makes an element to decode, which a web worker, the web extension
 * host, does not have). scripts/build.mjs aliases the package to this file.
 * References are rare in Markdown; each is decoded once and kept.
 */
const known = new Map<string, string | false>();

export function decodeNamedCharacterReference(value: string): string | false {
  let decoded = known.get(value);
  if (decoded !== undefined) return decoded;
  decoded = false;
  if (/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(value)) {
    const reference = `&${value};`;
    const node = (parseFragment(reference) as unknown as { childNodes: { value?: string }[] }).childNodes[0];
    const text = node?.value ?? reference;
    // A name HTML knows decodes whole: one or two characters, and the semicolon with it
    // (`&ampx;` decodes only its prefix `&amp`, leaving "x;": not a reference).
    if (text !== reference && [...text].length <= 2 && (value === 'semi' || !text.endsWith(';'))) decoded = text;
  }
  known.set(value, decoded);
  return decoded;
}
