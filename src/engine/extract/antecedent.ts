import type { Doc } from '../text/document';
import { isCapitalized } from '../text/tokenize';

/** Relative pronouns that open a clause about the noun phrase before them. */
export const RELATIVE = /^(?:who|which|whom)$/;

/** Tokens a name before a relative pronoun may have at most (a run of capitals is walked no further). */
const MAX_NAME = 10;

/** Lower-case words that may join a capitalised name ("Secretary of State", "Ramón de la Fuente"). */
const NAME_JOINERS = /^(?:of|de|del|la|van|von|bin|al|da|di|du|le)$/;

/**
 * The noun phrase that the relative pronoun at token `rel` points back to,
 * as token indices [first, last): "Luis Ortiz, who …" → "Luis Ortiz", "the
 * lawyer, who …" → "the lawyer". Only after a comma and within the sentence;
 * undefined when the words before the comma are no plain noun phrase.
 */
export function relativeAntecedent(doc: Doc, rel: number): [number, number] | undefined {
  const { tokens } = doc;
  if (!RELATIVE.test(tokens[rel]?.lower ?? '') || rel < 2 || tokens[rel - 1].text !== ',') return undefined;
  const last = rel - 1;
  const sentenceFirst = doc.sentences[tokens[rel].sentence].first;
  let first = last;
  // A name: capitalised words, initials and abbreviations ("Gov.", "G."), and the small words inside names.
  while (first > sentenceFirst && last - first < MAX_NAME) {
    const t = tokens[first - 1];
    if (t.kind === 'word' && isCapitalized(t)) first--;
    else if (t.text === '.' && !t.spaceBefore && first - 2 >= sentenceFirst && isCapitalized(tokens[first - 2])) first--;
    else if (NAME_JOINERS.test(t.lower) && first < last && first - 2 >= sentenceFirst && isCapitalized(tokens[first - 2])) first--;
    else break;
  }
  if (first < last && isCapitalized(tokens[first])) return [first, last];
  // A description: a determiner and a few words ("the lawyer", "a spokeswoman for the city").
  for (let j = last - 1; j >= sentenceFirst && last - j <= 6; j--) {
    const t = tokens[j];
    if (t.kind === 'punct') return undefined;
    if (/^(?:the|a|an)$/.test(t.lower)) return [j, last];
  }
  return undefined;
}
