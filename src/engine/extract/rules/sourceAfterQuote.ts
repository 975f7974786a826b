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
 * the tagger's reading of those words as content is dropped. A source after
 * the cue with a description before it that the tagger read as content
 * ("notes the soft-spoken coach, Ray Dunn") takes the description in.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.cueFirst < 2 || !CLOSING_MARKS.has(tokens[a.cueFirst - 1].text) || !/^[,?!]$/.test(tokens[a.cueFirst - 2].text)) return a;
  if (a.source) return a.sourceFirst !== undefined && a.sourceFirst > a.cueLast ? withApposition(doc, a) : a;
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

/** "insists the soft-spoken coach, Ray Dunn": words between the cue and a source after it that the tagger read as content are the source's first part. */
function withApposition(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  const from = tokens[a.cueLast].start;
  const before = tokens[a.sourceFirst! - 1];
  if (before.text !== ',' || !(NP_START.test(tokens[a.cueLast].lower) || isCapitalized(tokens[a.cueLast]))) return a;
  const between = a.content.filter((c) => c.start >= from && c.end <= before.start);
  if (between.length !== 1 || between[0].start !== from || between[0].end !== tokens[a.sourceFirst! - 2].end) return a;
  return { ...a, source: span(doc, a.cueLast, a.sourceLast!), sourceFirst: a.cueLast, content: a.content.filter((c) => c !== between[0]) };
}

export const sourceAfterQuote: Rule = {
  name: 'source-after-quote',
  description: '"“We were ready,” notes the soft-spoken coach.": a cue right after a quotation fragment with no source found takes the noun phrase after it as its source.',
  apply: fix,
};
