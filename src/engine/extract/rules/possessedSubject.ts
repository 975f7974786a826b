import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { POSSESSED_CUES } from '../../lexicon/predicates';
import type { Rule } from './rule';

/** Words right after the noun that open its complement: "claim to know", "accusation of fraud", "warning about". */
const COMPLEMENT_PREPOSITIONS = new Set(['to', 'of', 'about', 'against', 'for']);
/** Tokens that open a content anywhere between the noun and its content: "claim (in an interview) that …", a quote, a colon. */
const COMPLEMENT_OPENERS = new Set(['that', ':', '“', '"', '‘', "'", '—', '–']);

/**
 * "The minister's promises have mostly not been kept": a possessed noun of
 * saying is a cue only when its content follows it as a complement (a
 * that-clause, a quotation, a colon, "to", "of"), not when the noun is the
 * subject of the sentence's own verb. Runs after possessive-source, which
 * made the possessor the source.
 */
function drop(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.content.length === 0 || a.cueLast - a.cueFirst !== 1) return a;
  // The list has the plurals it needs for possessive-source; a subject may be any plural ("promises").
  const noun = tokens[a.cueFirst].lower;
  if (!POSSESSED_CUES.has(noun) && !POSSESSED_CUES.has(noun.replace(/s$/, ''))) return a;
  if (a.sourceLast !== a.cueFirst || a.cueFirst === 0 || !/['’]s$|s['’]$|^['’]$|^(his|her|their|its)$/i.test(tokens[a.cueFirst - 1].text)) return a;
  const cueEnd = tokens[a.cueFirst].end;
  // Content before the noun ("“We will win,” was his promise") is not a subject's predicate.
  if (a.content.some((c) => c.start < cueEnd)) return a;
  const next = a.cueLast;
  if (next >= tokens.length || COMPLEMENT_PREPOSITIONS.has(tokens[next].lower)) return a;
  const contentStart = Math.min(...a.content.map((c) => c.start));
  // The tokens from the noun to the first word of its content: a complement opens among them.
  for (let i = next; i < tokens.length && tokens[i].start <= contentStart && i - next < 12; i++) {
    if (COMPLEMENT_OPENERS.has(tokens[i].lower)) return a;
  }
  return { ...a, content: [] };
}

export const possessedSubject: Rule = {
  name: 'possessed-subject',
  description: '"The minister\'s promises have mostly not been kept": a possessed noun of saying with no complement is the subject of its sentence, not a cue.',
  apply: drop,
};
