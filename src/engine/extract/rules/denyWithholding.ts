import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { WITHHELD } from '../../lexicon/predicates';
import type { Rule } from './rule';

/** The words after the cue read for what is withheld. */
const LOOK_AHEAD = 6;
/** "denied him the nomination", "deny Carter a photograph": a person, then what is withheld from them. */
const PERSON_THEN_THING = /^(?:him|her|them|us|me|you|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|On|In)\b)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) (?:even )?(?:the|a|an|any|his|her|their|its) /u;
const BE = /^(?:be|been|being|was|were|is|are|am|get|gets|got|getting)$/;

/**
 * "The judge denied him bail", "clerks may deny marriage licenses to
 * same-sex couples", "he was denied entry": "deny" in the sense of withhold
 * makes no claim (the denial forms are added as cues wherever the tagger
 * passed them by, lexicon/predicates.ts). Kept: "denied that …", "denied the
 * allegation", "denied it", "denied receiving money".
 */
function drop(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.content.length === 0) return a;
  const head = tokens[a.cueLast - 1].lower;
  if (!/^den(?:y|ies|ied|ying)$/.test(head)) return a;
  const end = Math.min(tokens.length, a.cueLast + LOOK_AHEAD);
  const sentence = tokens[a.cueLast - 1].sentence;
  const after: string[] = [];
  for (let i = a.cueLast; i < end && tokens[i].sentence === sentence; i++) {
    const w = tokens[i].lower;
    // A that-clause, a quotation or a gerund is what was gainsaid.
    if (w === 'that' || /^["“‘']$/.test(w) || (after.length === 0 && /ing$/.test(w))) return a;
    if (tokens[i].kind === 'punct' && w !== '-') break;
    after.push(tokens[i].text);
  }
  if (after.length === 0) return a;
  const lower = after.map((w) => w.toLowerCase());
  // "he was denied entry", "rights that had been denied victims": a passive with an object.
  const before = a.cueLast - 2 >= 0 ? tokens[a.cueLast - 2].lower : '';
  const passive = BE.test(before) && lower[0] !== 'by';
  if (passive || lower.some((w) => WITHHELD.has(w)) || PERSON_THEN_THING.test(after.join(' ') + ' ')) return { ...a, content: [] };
  return a;
}

export const denyWithholding: Rule = {
  name: 'deny-withholding',
  description: '"The judge denied him bail", "he was denied entry": "deny" meaning withhold makes no claim; "denied that …", "denied the allegation" stay.',
  apply: drop,
};
