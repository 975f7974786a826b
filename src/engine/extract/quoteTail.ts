import type { FeatureDoc } from '../model/wordFeatures';
import { CUE_FEATURE_KINDS } from '../lexicon/predicates';
import { stem } from '../lexicon/stem';
import { isCapitalized } from '../text/tokenize';

/** The verbs of saying and writing (CUE_FEATURE_KINDS kind 1) and their stems (stem() gives some irregular forms their base: "notes" → "note"). */
const SAYING = new Set(CUE_FEATURE_KINDS.filter(([k]) => k === 1).flatMap(([, words]) => words.split(' ').flatMap((w) => [w, stem(w)])));
/** "not" shares its stem with "note". */
const NOT_VERBS = /^not$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|i|we|it)$/;

/** Is token i a verb of saying in this position? */
function saying(doc: FeatureDoc, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !isCapitalized(t) && SAYING.has(stem(t.lower)) && !NOT_VERBS.test(t.lower);
}

/**
 * Verbs of saying that follow a quotation fragment and its speaker ("“It
 * works,” she adds from Calgary.", "“We were ready,” notes the coach."):
 * the quotation closes on a comma, question or exclamation mark, and the verb
 * stands right after the closing mark or after a pronoun or a name of up to
 * four words. (After "the engineer" too the role tagger misreads what it
 * finds: "“It works,” the engineer adds from Calgary" came out with the source
 * "Calgary", and on dev two such candidates were no attributions.) Token indices within first..last, for the cue tagger to miss none.
 */
export function quoteTailCues(doc: FeatureDoc, first: number, last: number): number[] {
  const { tokens, quotes, quoteOf } = doc;
  const out: number[] = [];
  for (let i = first + 2; i < last - 1; i++) {
    const q = quoteOf[i];
    if (q < 0 || quotes[q].close !== i || !quotes[q].closed || !/^[,?!]$/.test(tokens[i - 1].text)) continue;
    let k = i + 1;
    if (SUBJECT_PRONOUN.test(tokens[k].lower)) k++;
    else while (k < last && k - i <= 4 && tokens[k].kind === 'word' && isCapitalized(tokens[k])) k++;
    if (k < last && saying(doc, k)) out.push(k);
  }
  return out;
}
