import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { CONTACT_ONLY, NUMBER_ONLY } from '../../lexicon/layoutLabels';
import type { Rule } from './rule';

/** Longer contents are never only an address. */
const MAX_CONTACT = 120;

/**
 * "Email: desk@example.com", "Twitter: @janedoe", "Clinton: 1,769.": a
 * content that is only an e-mail address, a URL, a handle or a phone number
 * is no claim anyone made, nor is a bare number after a colon (a table's
 * cell). Quoted words are kept (a sign that read “15%!”), and so is a number
 * after a verb ("the committee voted 19-15").
 */
function drop(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  if (a.content.length === 0) return a;
  let length = 0;
  for (const c of a.content) length += c.end - c.start;
  if (length > MAX_CONTACT) return a;
  const raw = a.content.map((c) => doc.text.slice(c.start, c.end)).join(' ').trim();
  if (/^[“"‘']/.test(raw)) return a;
  const text = raw.replace(/^[\s(\[<]+|[\s.,;:!?)\]>]+$/g, '');
  if (!text) return a;
  const colon = doc.tokens[a.cueLast - 1].text === ':';
  return CONTACT_ONLY.test(text) || (colon && NUMBER_ONLY.test(text)) ? { ...a, content: [] } : a;
}

export const dropContactContent: Rule = {
  name: 'drop-contact-content',
  description: '"Email: desk@example.com", "Twitter: @janedoe", "Clinton: 1,769.": a content that is only an address or a handle, or a number after a colon, is no claim.',
  apply: drop,
};
