import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { FINITE_VERB_CLASSES } from '../../lexicon/wordClasses';
import { CLOSING_MARKS } from '../../text/quotes';
import { isCapitalized } from '../../text/tokenize';
import { span, type Rule } from './rule';

/** Words a noun phrase may open with. */
const NP_START = /^(?:the|a|an|his|her|their|its|our|one|two|three|several|some)$/;

/**
 * "“We were ready,” notes the soft-spoken coach.": a cue right after a
 * quotation that ends on a comma, ?, or !, with no source found, takes the
 * noun phrase after it (up to a comma or the sentence's end) as its source;
 * the tagger's reading of those words as content is dropped.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.source || a.cueFirst < 2 || !CLOSING_MARKS.has(tokens[a.cueFirst - 1].text) || !/^[,?!]$/.test(tokens[a.cueFirst - 2].text)) return a;
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  const first = a.cueLast;
  if (first >= sentence.last || !(NP_START.test(tokens[first].lower) || isCapitalized(tokens[first]))) return a;
  let last = first;
  while (last < sentence.last && last - first < 10 && tokens[last].kind !== 'punct' && !(last > first && FINITE_VERB_CLASSES.has(doc.hashes.classes[last]))) last++;
  // The phrase runs to a comma or to the sentence's closing mark.
  const stop = last < sentence.last ? tokens[last].text : '';
  if (last === first || !(stop === ',' || (/^[.!?]$/.test(stop) && last === sentence.last - 1) || last === sentence.last)) return a;
  const source = span(doc, first, last);
  const content = a.content.filter((c) => c.end <= source.start || c.start >= source.end);
  if (content.length === 0) return a;
  return { ...a, source, sourceFirst: first, sourceLast: last, content };
}

export const sourceAfterQuote: Rule = {
  name: 'source-after-quote',
  description: '"“We were ready,” notes the soft-spoken coach.": a cue right after a quotation fragment with no source found takes the noun phrase after it as its source.',
  apply: fix,
};
