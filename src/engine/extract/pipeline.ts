import type { FeatureDoc } from '../model/wordFeatures';
import { drain } from '../run/steps';
import { cueFeatures } from '../model/cueFeatures';
import { Rel } from '../model/roleFeatures';
import { cueWordBase, staticScores, tagRoles } from '../model/scoreParts';
import { tagsToSpans } from './bioTags';
import type { Span } from '../types';
import type { RawAttribution } from './rawAttribution';
import { reportingVerbs } from './reportingVerbs';
import { quoteTails, type QuoteTail } from './quoteTail';
import { tokenSpan } from '../text/tokenSpans';
import { applyRules } from './rules/index';
import { layoutAttributions } from './layout';
import { cueKey, roleKey, TagMemo } from '../model/tagMemo';
import type { Models } from '../model/models';
import { roleWindow } from './roleWindow';

export type { RawAttribution } from './rawAttribution';

/** The taggers an extraction needs (a Models value has them). */
export type Taggers = Pick<Models, 'cue' | 'role'>;

/** `tag()`, or what it gave before for the same key. */
function remembered(memo: TagMemo | undefined, key: () => number, tag: () => string[]): string[] {
  if (!memo) return tag();
  const k = key();
  let tags = memo.get(k);
  if (!tags) {
    tags = tag();
    memo.set(k, tags);
  }
  return tags;
}

/** Finds cues sentence by sentence, then the source and content of each. */
export function extractAttributions(doc: FeatureDoc, taggers: Taggers, memo?: TagMemo): RawAttribution[] {
  return drain(extractionSteps(doc, taggers, memo));
}

/** Cues whose roles are tagged between two pauses (a cue's window is at most 320 tokens). */
const CUES_PER_STEP = 16;

/** extractAttributions as a generator that pauses after each sentence, so that one long block does not hold the thread. */
export function* extractionSteps(doc: FeatureDoc, taggers: Taggers, memo?: TagMemo): Generator<void, RawAttribution[]> {
  const out: RawAttribution[] = layoutAttributions(doc);
  const byLayout = new Set(out.map((a) => a.cueFirst));
  const statics = staticScores(doc, taggers.role);
  for (const s of doc.sentences) {
    const tags = remembered(memo, () => cueKey(doc, s.first, s.last), () => taggers.cue.tag(cueFeatures(doc, s.first, s.last, taggers.cue.wordnet, true), undefined, cueWordBase(doc, taggers.cue, s.first, s.last)));
    const cues = tagsToSpans(doc, s.first, tags, 'CUE');
    // Both lists are in token order and the tagged cues do not overlap: one walk finds the verbs no cue covers.
    const tagged = cues.length;
    let c = 0;
    for (const i of reportingVerbs(doc, s.first, s.last)) {
      while (c < tagged && cues[c].last <= i) c++;
      if (c >= tagged || cues[c].first > i) cues.push({ span: doc.tokens[i], first: i, last: i + 1 });
    }
    // A verb of saying after a quotation fragment that no cue covers: its form says who and what (sourceAfterQuote finds a source after it).
    for (const tail of quoteTails(doc, s.first, s.last)) {
      if (!cues.some((k) => k.first <= tail.verb && tail.verb < k.last) && !byLayout.has(tail.verb)) out.push(tailAttribution(doc, tail));
    }
    cues.sort((a, b) => a.first - b.first);
    let since = 0;
    for (const cue of cues) {
      if (cue.last - cue.first === 1 && byLayout.has(cue.first)) continue;
      out.push(extractRoles(doc, taggers, memo, cue.first, cue.last, statics));
      // A sentence with many cues pauses between them too.
      if (++since % CUES_PER_STEP === 0) yield;
    }
    yield;
  }
  // A cue with nothing said is no claim to check; most such candidates are no attribution at all.
  return applyRules(doc, out.sort((a, b) => a.cueFirst - b.cueFirst)).filter((a) => a.content.length > 0);
}

/** The attribution a quote tail makes by its form: the verb, its subject, the quotation. */
function tailAttribution(doc: FeatureDoc, t: QuoteTail): RawAttribution {
  const sub = t.subject;
  return {
    cue: tokenSpan(doc, t.verb, t.verb + 1), cueFirst: t.verb, cueLast: t.verb + 1,
    ...(sub ? { source: tokenSpan(doc, sub[0], sub[1]), sourceFirst: sub[0], sourceLast: sub[1] } : {}),
    content: [tokenSpan(doc, t.open, t.close + 1)],
  };
}

/**
 * Where the role tagger takes a cue to end: "said in a statement" is tagged
 * around "said", as the phrase after the verb says how, not who or what (in
 * PolNeAR train 359 of 432 such cues end at the verb). The role tagger is
 * trained on the same cut; the cue itself keeps what the cue tagger found.
 */
export function coreCueEnd(doc: FeatureDoc, cueFirst: number, cueLast: number): number {
  for (let i = cueFirst + 1; i < cueLast - 1; i++) {
    if (/^(?:in|on|at|during|via|through|from|after|before|with|late|early|earlier|later)$/.test(doc.tokens[i].lower)) return i;
  }
  return cueLast;
}

function extractRoles(doc: FeatureDoc, taggers: Taggers, memo: TagMemo | undefined, cueFirst: number, fullCueLast: number, statics: (i: number, r: Rel) => Float64Array): RawAttribution {
  const cueLast = coreCueEnd(doc, cueFirst, fullCueLast);
  const [first, last] = roleWindow(doc, cueFirst, cueLast);
  const tags = remembered(memo, () => roleKey(doc, first, last, cueFirst, cueLast), () => tagRoles(doc, taggers.role, first, last, cueFirst, cueLast, statics));
  // Nothing of the full cue is its source or content.
  const outside = (sp: Span) => sp.end <= doc.tokens[cueFirst].start || sp.start >= doc.tokens[fullCueLast - 1].end;
  const sources = tagsToSpans(doc, first, tags, 'SRC').filter((r) => outside(r.span));
  // Several source runs: keep the one nearest the cue.
  const dist = (r: { first: number; last: number }) => (r.last <= cueFirst ? cueFirst - r.last : r.first - cueLast);
  const source = sources.sort((a, b) => dist(a) - dist(b))[0];
  const content = tagsToSpans(doc, first, tags, 'CON').map((r) => r.span).filter(outside);
  return {
    cue: { start: doc.tokens[cueFirst].start, end: doc.tokens[fullCueLast - 1].end },
    cueFirst,
    cueLast: fullCueLast,
    source: source?.span,
    sourceFirst: source?.first,
    sourceLast: source?.last,
    content,
  };
}
