import type { FeatureDoc } from '../model/wordFeatures';

/**
 * Verb forms that report a claim every time they occur, whatever the clause
 * around them: denials and accusations. Where the cue tagger passed one by, it
 * is added as a cue all the same. (Common verbs of saying used to be on this
 * list too; the cue tagger now finds them, and where it passes one by the
 * annotators mostly did as well: on PolNeAR dev those additions were right 26
 * times in 61.)
 */
const REPORTING = new Set('denied denies deny denying accused accuses accusing'.split(' '));
/** Nouns of saying that make a claim when something owns them. */
export const POSSESSED_CUES = new Set(['claim', 'claims', 'allegation', 'allegations', 'assertion', 'accusation', 'accusations',
  'denial', 'insistence', 'contention', 'warning', 'promise', 'pledge', 'argument', 'suggestion']);
const VERB_CLASSES = new Set(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb', 'PerfectTense', '-ed', '-s', '-ing', 'Cap']);

/** Token indices of reporting verbs in tokens first..last that stand outside quotations and read as verbs. */
export function reportingVerbs(doc: FeatureDoc, first: number, last: number): number[] {
  const cls = doc.hashes.classes;
  const out: number[] = [];
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i];
    if (doc.quoteOf[i] >= 0) continue;
    const prev = doc.tokens[i - 1];
    // "Tehran’s claim that …": a possessor and a noun of saying.
    if (POSSESSED_CUES.has(t.lower) && prev && /['’]s$|s['’]$/.test(prev.text) && i - 1 >= first) { out.push(i); continue; }
    // "something it called a step forward": called after a pronoun subject.
    if (t.lower === 'called' && prev && /^(he|she|it|they|we|i|who)$/.test(prev.lower)) { out.push(i); continue; }
    if (!REPORTING.has(t.lower)) continue;
    if (!VERB_CLASSES.has(cls[i]) && !/ed$|s$|ing$/.test(t.lower)) continue;
    // "the stated goal", "a warning": a determiner before it makes it no verb.
    if (prev && /^(the|a|an|united|its|his|her|their|stark|new|this|that)$/i.test(prev.lower)) continue;
    out.push(i);
  }
  return out;
}
