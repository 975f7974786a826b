import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import type { Rule } from './rule';

/**
 * Unquoted content ends before a trailing comma, semicolon or colon (PolNeAR
 * train: 105 of 17,606 unquoted contents keep one); a quotation keeps its own
 * punctuation inside the marks.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  let changed = false;
  const content = a.content.map((c) => {
    let end = c.end;
    while (end > c.start + 1 && /[,;:]/.test(doc.text[end - 1]) && !/[”"’]/.test(doc.text[end - 2])) end--;
    while (end > c.start && /\s/.test(doc.text[end - 1])) end--;
    if (end === c.end) return c;
    changed = true;
    return { start: c.start, end };
  });
  return changed ? { ...a, content } : a;
}

export const trimPunctuation: Rule = {
  name: 'trim-punctuation',
  description: 'Unquoted content ends before a trailing comma, semicolon or colon ("He said the plan works, and left": "the plan works"; PolNeAR train: 105 of 17,606 unquoted contents keep one); a quotation keeps its own punctuation inside the marks.',
  apply: fix,
};
