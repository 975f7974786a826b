import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { relativeAntecedent, RELATIVE } from '../antecedent';
import { span, type Rule } from './rule';

/**
 * "Ortiz, who has covered the courts for a decade, added: …": when the
 * relative clause closes with a comma before the cue, "who" is the subject of
 * the clause, not of the cue; the source is the noun phrase with its clause,
 * up to the cue, as PolNeAR marks it most often ("Chris Cox, who runs …,").
 * "Ortiz, who said …" keeps "who": there it is the cue's own subject.
 */
function fix(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.sourceFirst === undefined || a.sourceLast === undefined || a.sourceLast >= a.cueFirst) return a;
  const rel = a.sourceLast - 1;
  if (!RELATIVE.test(tokens[rel].lower) || tokens[a.cueFirst - 1].text !== ',' || a.cueFirst - rel < 4) return a;
  if (tokens[rel].sentence !== tokens[a.cueFirst].sentence) return a;
  for (let i = rel + 1; i < a.cueFirst; i++) if (doc.quoteOf[i] >= 0) return a;
  const np = relativeAntecedent(doc, rel);
  if (!np) return a;
  // A few plain words before the name in the sentence's subject ("Former candidate Bernie Sanders") belong to it.
  let first = Math.min(np[0], a.sourceFirst);
  const sentenceFirst = doc.sentences[tokens[rel].sentence].first;
  if (first - sentenceFirst <= 4 && tokens.slice(sentenceFirst, first).every((t) => t.kind === 'word')) first = sentenceFirst;
  return { ...a, source: span(doc, first, a.cueFirst), sourceFirst: first, sourceLast: a.cueFirst };
}

export const relativeSource: Rule = {
  name: 'relative-source',
  description: '"Ortiz, who has covered the courts for a decade, added: …": a relative clause closed before the cue is no source; the noun phrase with its clause is.',
  apply: fix,
};
