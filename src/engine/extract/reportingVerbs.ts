import type { FeatureDoc } from '../model/wordFeatures';
import { POSSESSED_CUES, REPORTING_VERB_FORMS } from '../lexicon/predicates';
import { VERB_CLASSES } from '../lexicon/wordClasses';


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
    if (!REPORTING_VERB_FORMS.has(t.lower)) continue;
    if (!VERB_CLASSES.has(cls[i]) && !/ed$|s$|ing$/.test(t.lower)) continue;
    // "the stated goal", "a warning": a determiner before it makes it no verb.
    if (prev && /^(the|a|an|united|its|his|her|their|stark|new|this|that)$/i.test(prev.lower)) continue;
    out.push(i);
  }
  return out;
}
