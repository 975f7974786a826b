import type { FeatureDoc } from '../model/wordFeatures';
import { CUE_FEATURE_KINDS } from '../lexicon/predicates';
import { stem } from '../lexicon/stem';
import { isCapitalized } from '../text/tokenize';

/** The verbs of saying and writing (CUE_FEATURE_KINDS kind 1) and their stems (stem() gives some irregular forms their base: "notes" → "note"). */
const SAYING = new Set(CUE_FEATURE_KINDS.filter(([k]) => k === 1).flatMap(([, words]) => words.split(' ').flatMap((w) => [w, stem(w)])));
/** "not" shares its stem with "note". */
const NOT_VERBS = /^not$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|i|we|it)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/;

/** Is token i a verb of saying in this position? */
function saying(doc: FeatureDoc, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !isCapitalized(t) && SAYING.has(stem(t.lower)) && !NOT_VERBS.test(t.lower);
}

/** Finite forms: "adds", "added", "said", not "written" or "echoing". */
const FINITE = /(?:s|ed)$|^(?:said|told|wrote|spoke|thought|swore|knew|felt|saw|rang|sang)$/;

/** Does the quotation between the marks at open and close read as speech: two words or more, not a title's capitalised words ("“Guardians of the Galaxy,”")? */
function speech(doc: FeatureDoc, open: number, close: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = open + 1; i < close; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    words++;
    if (isCapitalized(t) || /^(?:of|the|a|an|and|in|on|for|to|at)$/.test(t.lower)) capitals++;
  }
  return words >= 2 && capitals < words;
}

/** "…,” Sanders said, according to CNN: the report of a report, which PolNeAR marks by its "according to" (and the cue tagger was taught so). */
function reportedOn(doc: FeatureDoc, from: number, last: number): boolean {
  for (let i = from; i < last && i - from < 12; i++) {
    const w = doc.tokens[i].lower;
    if ((w === 'according' && doc.tokens[i + 1]?.lower === 'to') || w === 'quoting' || w === 'citing') return true;
  }
  return false;
}

/** A verb of saying after a quotation fragment: the verb, its subject before it if any, and the quotation's marks (token indices). */
export interface QuoteTail {
  verb: number;
  subject?: [number, number];
  open: number;
  close: number;
}

/**
 * Verbs of saying that follow a quotation fragment and its speaker ("“It
 * works,” she adds from Calgary.", "“It works,” the engineer adds.", "“We
 * were ready,” notes the coach."): the quotation closes on a comma, question
 * or exclamation mark, and the verb stands right after the closing mark, or
 * after a pronoun, a name of up to four words, or a determiner and up to three
 * words. In PolNeAR train such a tail is an attribution with that subject as
 * its source 59 times in 61 ("“…,” the judge said"). The verb is finite, the
 * quotation reads as speech, and no "according to" follows (PolNeAR marks
 * that one instead). Within tokens first..last.
 */
export function quoteTails(doc: FeatureDoc, first: number, last: number): QuoteTail[] {
  const { tokens, quotes, quoteOf } = doc;
  const out: QuoteTail[] = [];
  for (let i = first + 2; i < last - 1; i++) {
    const q = quoteOf[i];
    if (q < 0 || quotes[q].close !== i || !quotes[q].closed || !/^[,?!]$/.test(tokens[i - 1].text)) continue;
    let k = i + 1;
    if (SUBJECT_PRONOUN.test(tokens[k].lower)) k++;
    else if (DETERMINER.test(tokens[k].lower)) {
      k++;
      while (k < last && k - i <= 4 && tokens[k].kind === 'word' && !saying(doc, k)) k++;
    } else while (k < last && k - i <= 4 && tokens[k].kind === 'word' && isCapitalized(tokens[k])) k++;
    if (k >= last || !saying(doc, k) || !FINITE.test(tokens[k].lower) || !speech(doc, quotes[q].open, i) || reportedOn(doc, k + 1, last)) continue;
    out.push({ verb: k, subject: k > i + 1 ? [i + 1, k] : undefined, open: quotes[q].open, close: i });
  }
  return out;
}
