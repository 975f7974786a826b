import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { lowerBound, sentenceFacts, type SentenceFacts } from './indexes';
import { tokenAt, type Rule } from './rule';

/**
 * "French officials need to …, spokesman Nasser Kanani said": content before a
 * post-posed source runs from the start of the sentence.
 */
function fix(doc: FeatureDoc, a: RawAttribution, facts: SentenceFacts): RawAttribution {
  const { tokens } = doc;
  if (a.content.length !== 1 || a.sourceFirst === undefined || a.sourceFirst > a.cueFirst) return a;
  const c = a.content[0];
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  const first = tokenAt(doc, c.start);
  if (first <= sentence.first || c.end > tokens[a.sourceFirst].start) return a;
  // Only the comma between content and source: "Y, X said".
  const between = doc.text.slice(c.end, tokens[a.sourceFirst].start).trim();
  if (between !== ',' && between !== ',”' && between !== ',"') return a;
  // No colon or semicolon, and no other cue, between the sentence's start and the content.
  if (facts.clauseMarks[first] - facts.clauseMarks[sentence.first] > 0) return a;
  const cues = lowerBound(facts.cueStarts, first) - lowerBound(facts.cueStarts, sentence.first);
  const own = a.cueFirst >= sentence.first && a.cueFirst < first ? 1 : 0;
  if (cues - own > 0) return a;
  return { ...a, content: [{ start: tokens[sentence.first].start, end: c.end }] };
}

export const clauseBefore: Rule<SentenceFacts> = {
  name: 'clause-before',
  description: '"French officials need to …, spokesman Nasser Kanani said": content before a post-posed source runs from the start of the sentence.',
  prepare: sentenceFacts,
  apply: fix,
};
