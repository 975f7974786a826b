import { CUE_FEATURE_KINDS } from '../lexicon/predicates';
import { FINDING_WORDS, OTHER_WORDS, PASSIVE_OTHER_WORDS, POSITION_WORDS, RESEARCH_SOURCE, SAYING_WORDS } from '../lexicon/claimTypes';
import { cueLemma } from './cueKind';
import type { ClaimType } from '../types';
import { MEDIA } from '../lexicon/sources';

/**
 * What kind of claim an attribution is (docs/claim-types.md): a statement
 * (the source said it), a finding (research or evidence showed it), a
 * position (a state of mind ascribed to the source) or other (an action, a
 * perception, a like, or saying that did not happen).
 */

export interface TypeInput {
  /** The cue as written and its base form. */
  cueText: string;
  cueLemma: string;
  sourceText?: string;
  /** A little of the text just before the cue, on its line: "did not", "declined to". */
  before: string;
  contentText?: string;
}

/** Saying negated, refused, or not yet done: nothing was claimed. */
const NOT_SAID_BEFORE = /(?:\b(?:not|never|no longer|declined? to|declining to|refused? to|refusing to|yet to|unable to|failed to|fails? to|stopped short of|hardly|will|won['’]t|would|wouldn['’]t|could|couldn['’]t|might|going to|expected to|set to|plans? to|planning to)|n['’]t)\s+(?:(?:also|yet|even|publicly|immediately|directly|specifically|explicitly|ever|be|have)\s+)?$/i;
const NOT_SAID_IN_CUE = /\b(?:not|never|n['’]t|no|will|won['’]t|would|hardly|yet to|declin\w*|refus\w*)\b|n['’]t\b|['’]ll\b/i;
/** Saying under a condition: "if Holt asks him". */
const CONDITIONAL_BEFORE = /\b(?:if(?! anything)|unless|whether)\s+(?:[^\s,;]+\s+){0,3}$/i;
/** Calling a meeting, a vote, a strike: an act, not a claim; "called EB-5": a name. */
const CALL_ACT = /^\s*(?:(?:a|an|the)\s+)?(?:(?:emergency|special|snap|general|national|new)\s+)?(?:meeting|session|vote|election|strike|halt|press conference|summit|referendum|hearing|recess|truce|ceasefire)\b/i;

/** Kinds of the cue tagger's prior (lexicon/predicates.ts): 1 and 4 are saying, 2 and 3 states of mind. */
const PRIOR = new Map<string, number>();
for (const [k, words] of CUE_FEATURE_KINDS) for (const w of words.split(' ')) if (!PRIOR.has(w)) PRIOR.set(w, k);

/** Does a base form (as cueLemma strips it: "endors", "plann") stand for one of the words? */
function lemmaIn(words: Set<string> | Map<string, number>, lemma: string): string | undefined {
  if (words.has(lemma)) return lemma;
  if (words.has(lemma + 'e')) return lemma + 'e';
  if (lemma.length > 3 && lemma.at(-1) === lemma.at(-2) && words.has(lemma.slice(0, -1))) return lemma.slice(0, -1);
  return undefined;
}

/** "was sentenced", "were appointed", "has been named", "was re-elected": the participle after a passive auxiliary. */
const PASSIVE = /^(?:was|were|is|are|be|been|being|(?:has|have|had) been|gets?|got|getting)\s+(?:\p{L}+ly\s+)?(?:re-)?(\p{L}+)/iu;

/** An action done to the source: "The driver was sentenced to three years", "She was named treasurer". */
function passiveAction(cueText: string): boolean {
  const m = PASSIVE.exec(cueText.trim());
  // "is promoting", "was releasing": progressive, not passive; "is open", "was determined": a state of mind.
  if (!m || /ing$/i.test(m[1])) return false;
  const base = cueLemma(m[1]);
  if (lemmaIn(POSITION_WORDS, base) || POSITION_WORDS.has(m[1].toLowerCase())) return false;
  return !!(lemmaIn(OTHER_WORDS, base) || lemmaIn(PASSIVE_OTHER_WORDS, base) || OTHER_WORDS.has(m[1].toLowerCase()) || PASSIVE_OTHER_WORDS.has(m[1].toLowerCase()));
}

export function claimTypeOf(a: TypeInput): ClaimType {
  const lemma = a.cueLemma;
  if (NOT_SAID_BEFORE.test(a.before) || NOT_SAID_IN_CUE.test(a.cueText)) return 'other';
  if (passiveAction(a.cueText)) return 'other';
  if (CONDITIONAL_BEFORE.test(a.before)) return 'other';
  // "Sanders said, going on to say …".
  if (lemma === 'go' && /^\s*(?:on\s+)?to\s+\p{L}+/u.test(a.contentText ?? '')) return 'statement';
  if (lemma === 'call' && !/\bfor\b/i.test(a.cueText) && !/^\s*for\b/i.test(a.contentText ?? '') && (CALL_ACT.test(a.contentText ?? '') || /[,(]\s*(?:also\s+|so-\s*)?$/.test(a.before) && /^\s*\p{Lu}/u.test(a.contentText ?? ''))) return 'other';
  // "rejected a media request", "rejects the appeal": a ruling on something, not a claim.
  if ((lemma === 'reject' || lemma === 'rejects') && /^\s*(?:a|an|the|his|her|its|their)\s+(?:\S+\s+){0,2}(?:request|motion|bid|offer|appeal|application|plea|petition|nomination|proposal|plan|deal|bill|measure)\b/i.test(a.contentText ?? '')) return 'other';
  const research = !!a.sourceText && RESEARCH_SOURCE.test(a.sourceText) && !/\breport\b/i.test(a.sourceText.replace(/\bpoll\w*|surveys?|stud(?:y|ies)|data\b/gi, ''));
  if (lemma === ':' || a.cueText.trim() === ':') return research ? 'finding' : 'statement';
  if (lemma === 'according to') return research ? 'finding' : 'statement';
  const reportSource = !!a.sourceText && RESEARCH_SOURCE.test(a.sourceText);
  if (reportSource && lemmaIn(FINDING_WORDS, lemma) && !lemmaIn(SAYING_WORDS, lemma)) return 'finding';
  if (research && (lemma === 'show' || lemma === 'suggest' || lemma === 'predict' || lemma === 'estimate')) return 'finding';
  if (lemmaIn(SAYING_WORDS, lemma)) return 'statement';
  // "The Post has learned": an outlet reporting what it found out.
  if (lemma === 'learn' && !!a.sourceText && MEDIA.test(a.sourceText)) return 'statement';
  if (lemmaIn(POSITION_WORDS, lemma)) return 'position';
  if (lemmaIn(OTHER_WORDS, lemma)) return 'other';
  if (lemmaIn(FINDING_WORDS, lemma)) return 'position';
  // A noun of saying in the cue: "his criticism of", "the endorsement".
  const words = a.cueText.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const stem = w.replace(/(?:ism|ment|ion|s)$/, '');
    if (lemmaIn(POSITION_WORDS, w) || lemmaIn(POSITION_WORDS, stem)) return 'position';
    if (lemmaIn(SAYING_WORDS, w) || lemmaIn(SAYING_WORDS, stem)) return 'statement';
    // A one-word cue the base-form guess misses: "died", "quit".
    if (words.length === 1 && OTHER_WORDS.has(w)) return 'other';
  }
  const prior = lemmaIn(PRIOR, lemma);
  if (prior) return PRIOR.get(prior) === 2 || PRIOR.get(prior) === 3 ? 'position' : 'statement';
  return 'statement';
}
