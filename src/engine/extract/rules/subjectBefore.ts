import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { FINITE_VERB_CLASSES } from '../../lexicon/wordClasses';
import { span, type Rule } from './rule';

const NOT_SUBJECT = /^(?:that|which|who|whom|what|and|or|but|if|when|while|as|because|to|not|it's)$/;

/**
 * "On Sunday, a report by Iranian state television reiterated …": a finite
 * verb cue with no source found takes the words between the last clause break
 * and the verb as its subject, when they are few and plainly a noun phrase.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.source || a.cueFirst === 0 || !FINITE_VERB_CLASSES.has(doc.hashes.classes[a.cueFirst])) return a;
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let first = a.cueFirst;
  while (first > sentence.first && tokens[first - 1].kind !== 'punct' && a.cueFirst - first < 8) first--;
  if (first === a.cueFirst || (first > sentence.first && !/^[,;:—–]$/.test(tokens[first - 1].text))) return a;
  for (let i = first; i < a.cueFirst; i++) if (NOT_SUBJECT.test(tokens[i].lower) || FINITE_VERB_CLASSES.has(doc.hashes.classes[i])) return a;
  if (!(/^(?:a|an|the)$/.test(tokens[first].lower) || /^\p{Lu}/u.test(tokens[first].text)) || doc.quoteOf[first] >= 0) return a;
  const start = tokens[first].start;
  if (a.content.some((c) => c.start < tokens[a.cueFirst].start && c.end > start)) return a; // the tagger read those words as content
  return { ...a, source: span(doc, first, a.cueFirst), sourceFirst: first, sourceLast: a.cueFirst };
}

export const subjectBefore: Rule = {
  name: 'subject-before',
  description: '"On Sunday, a report by Iranian state television reiterated …": a finite verb cue with no source found takes the words between the last clause break and the verb as its subject, when they are few and plainly a noun phrase.',
  apply: fix,
};
