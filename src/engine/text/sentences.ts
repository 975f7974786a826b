import { Token, isCapitalized } from './tokenize';

/** Words that end with a period but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'adm',
  'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'rev', 'hon', 'pres', 'supt', 'atty',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'ft', 'mt', 'ave', 'blvd', 'approx',
  'dept', 'est', 'fig', 'etc', 'al', 'e.g', 'i.e',
]);
/** After these, an abbreviation still closes the sentence if a capital follows. */
const SENTENCE_FINAL_ABBREV = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'etc']);

const TERMINATORS = new Set(['.', '?', '!', '…', '...']);
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»', "''", '’’']);

export interface Sentence {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/**
 * Splits tokens into sentences, writing each token's sentence index.
 * Breaks at a terminator (plus closing quotes/brackets) followed by a capital,
 * digit or opening quote, and at every line break unless the line is
 * hard-wrapped mid-sentence.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number) => {
    if (last <= first) return;
    sentences.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end, paragraph });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && t.newlineBefore) {
      const prev = tokens[i - 1];
      const wrapped = !t.paragraphBefore && !TERMINATORS.has(prev.text) && !CLOSERS.has(prev.text)
        && prev.kind !== 'punct' && !isCapitalized(t) && t.kind === 'word';
      if (!wrapped) {
        close(i);
        if (t.paragraphBefore || !wrapped) paragraph++;
      }
    }
    if (!TERMINATORS.has(t.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && !tokens[j].spaceBefore) j++;
    if (j >= tokens.length) continue;
    const next = tokens[j];
    if (next.newlineBefore) continue; // the line break handles it
    if (!next.spaceBefore) continue;
    if (t.text === '.' && i > 0 && !tokens[i].spaceBefore && isAbbreviation(tokens[i - 1], next)) continue;
    const startsSentence = isCapitalized(next) || next.kind === 'number' || /^(?:[“"‘(\[«„]|''|‘‘|``)$/.test(next.text);
    if (!startsSentence) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  const out = sentences.some((s) => s.last - s.first > LONG_SENTENCE) ? sentences.flatMap((s) => cutLong(tokens, s)) : sentences;
  for (let s = 0; s < out.length; s++) {
    for (let i = out[s].first; i < out[s].last; i++) tokens[i].sentence = s;
  }
  return out;
}

function isAbbreviation(word: Token, next: Token): boolean {
  const w = word.lower;
  if (ABBREVIATIONS.has(w)) return !(SENTENCE_FINAL_ABBREV.has(w) && isCapitalized(next) && /^(The|A|An|He|She|It|They|We|I|But|And)$/.test(next.text));
  // Single capital initial: "John F. Kennedy".
  return word.kind === 'word' && word.text.length === 1 && isCapitalized(word);
}

/**
 * Most tokens a sentence holds. A longer run with no sentence end (a list
 * joined by commas, a page with its full stops stripped) is cut into pieces,
 * so that what the rules extend to the end of a sentence, and every pass over
 * one, stays short. PolNeAR's longest sentence has 220 tokens: ordinary text
 * is never cut.
 */
export const LONG_SENTENCE = 400;

/** A sentence of more than LONG_SENTENCE tokens as pieces: each ends after the last clause mark in its second half, or at the limit. */
function cutLong(tokens: Token[], s: Sentence): Sentence[] {
  if (s.last - s.first <= LONG_SENTENCE) return [s];
  const out: Sentence[] = [];
  let first = s.first;
  while (s.last - first > LONG_SENTENCE) {
    let cut = first + LONG_SENTENCE;
    for (let k = cut - 1; k >= first + LONG_SENTENCE / 2; k--) {
      if (/^[,;:—–]$/.test(tokens[k].text)) { cut = k + 1; break; }
    }
    out.push({ first, last: cut, start: tokens[first].start, end: tokens[cut - 1].end, paragraph: s.paragraph });
    first = cut;
  }
  out.push({ first, last: s.last, start: tokens[first].start, end: s.end, paragraph: s.paragraph });
  return out;
}
