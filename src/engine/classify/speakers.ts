import { drain } from '../run/steps';
import type { WordLexicon } from '../model/wordLexicon';
import type { NameMention } from './names';
import { describes } from './descriptions';
import { sourceForm } from './sourceForm';
import { FEMALE, MALE, resolvePronoun } from './pronouns';
import { from, fromName, hasSurname, mostNamed, nearest, nearestName, type Resolved, type SourceMention, type State, titleCase } from './speakerContext';
import { completeShortNames } from './completeNames';
import { GenderReplay, movedResult, sameResolved, type SpeakerChange, type SpeakerRun } from './speakerReuse';

export { fullNames, personalName, type NameMention } from './names';
export { completeShortNames, completeShortNameSteps } from './completeNames';
export type { Resolved, SourceMention } from './speakerContext';
export type { SpeakerChange, SpeakerRun } from './speakerReuse';

/**
 * Who each source refers to: pronouns to an earlier person or body that
 * agrees in gender and number, short names to the full name the article
 * gives, descriptions ("the premier", "the agency") to the person or body
 * named earlier, names stripped of titles and appositions.
 */

/** Party words, which the main person of an article may well carry ("the GOP nominee"). */
const PARTY = /^(?:republican|democratic|gop|labour|conservative|liberal|green|independent)$/;
/** Heads of a description that stand for a body named before. */
const BODY_HEADS = /^(?:police|authorities|prosecutors|officials|firefighters|group|organi[sz]ation|movement|party|agency|company|firm|bank|network|newspaper|paper|outfit|committee|commission|council|bureau|office|department|ministry|union|coalition|alliance)$/;

/** Resolves each source (in document order) to a speaker. */
export function resolveSpeakers(mentions: (SourceMention | undefined)[], names: NameMention[], lexicon: WordLexicon): Resolved[] {
  return completeShortNames(drain(resolveSpeakerSteps(mentions, names, Infinity, lexicon)).results, names);
}

/**
 * resolveSpeakers as a generator that pauses after every `per` mentions, for
 * long texts, before completeShortNames (which looks forward, so its results
 * are never reused). Given how the text changed since the last run, the
 * mentions the change cannot have touched keep their speakers (speakerReuse.ts).
 */
export function* resolveSpeakerSteps(mentions: (SourceMention | undefined)[], names: NameMention[], per: number, lexicon: WordLexicon, change?: SpeakerChange): Generator<void, SpeakerRun> {
  const state: State = { earlier: [], genders: new Map(), names, lexicon, reach: Infinity, readsGender: false };
  const ordered = inOrder(mentions);
  if (mentions.length > per) yield;
  const run: SpeakerRun = { results: new Array<Resolved>(mentions.length), reach: new Array<number>(mentions.length), readsGender: new Array<boolean>(mentions.length), order: new Array<number>(mentions.length), learned: [], reused: 0 };
  const replay = change && new GenderReplay(change.previous, state.genders);
  const firstOfTail = change ? mentions.length - change.tail : Infinity;
  /** Mentions from here on may reuse what they resolved to: nothing before changed that they could have read. */
  let clean = change ? change.end : Infinity;
  let done = 0;
  for (const { m, i } of ordered) {
    run.order[i] = done;
    if (++done % per === 0) yield;
    if (!m) { run.results[i] = {}; run.reach[i] = Infinity; run.readsGender[i] = false; continue; }
    let r: Resolved | undefined;
    if (change && i < change.known) {
      r = change.previous.results[i];
      run.reach[i] = change.previous.reach[i];
      run.readsGender[i] = change.previous.readsGender[i];
    } else {
      // The same mention in the last run, when it is one of the moved ones at the end.
      const j = change && i >= firstOfTail ? i + change.previous.results.length - mentions.length : -1;
      const old = change && j >= 0 ? movedResult(change, change.previous.results[j]) : undefined;
      if (change && old && reusable(change, j, clean, replay!)) {
        r = old;
        run.reused++;
        run.reach[i] = change.previous.reach[j] + change.delta;
        run.readsGender[i] = change.previous.readsGender[j];
      } else {
        state.reach = Infinity;
        state.readsGender = false;
        r = resolveOne(state, m);
        run.reach[i] = state.reach;
        run.readsGender[i] = state.readsGender;
        // A moved mention whose speaker changed: those after it that looked back this far resolve again.
        if (j >= 0 && !sameResolved(r, old)) clean = Math.max(clean, m.span.start + 1);
      }
    }
    run.results[i] = r;
    if (r.speaker && r.kind) learnGender(state, m, r, run, done - 1, replay);
    if (r.speaker && r.kind && r.kind !== 'pronoun') {
      const { lower, possessive } = wordsOf(m.text);
      state.earlier.push({ mention: m, speaker: r.speaker, kind: r.kind, lower, possessive });
    }
  }
  return run;
}

/** The mentions in the order of their text (they nearly always come in it already: then no sort). */
function inOrder(mentions: (SourceMention | undefined)[]): { m: SourceMention | undefined; i: number }[] {
  const ordered = mentions.map((m, i) => ({ m, i }));
  let sorted = true;
  for (let k = 1; sorted && k < ordered.length; k++) sorted = (ordered[k - 1].m?.span.start ?? 0) <= (ordered[k].m?.span.start ?? 0);
  return sorted ? ordered : ordered.sort((a, b) => (a.m?.span.start ?? 0) - (b.m?.span.start ?? 0));
}

/** What resolution reads of a source's own words, the same on every analysis: kept per text. */
function wordsOf(text: string): { lower: string; possessive: boolean; gender?: 'm' | 'f' } {
  let known = sourceWords.get(text);
  if (!known) {
    if (sourceWords.size >= 20_000) sourceWords.clear();
    const word = text.trim();
    known = { lower: text.toLowerCase(), possessive: /['’]s$/.test(word), gender: MALE.test(word) ? 'm' : FEMALE.test(word) ? 'f' : undefined };
    sourceWords.set(text, known);
  }
  return known;
}
const sourceWords = new Map<string, { lower: string; possessive: boolean; gender?: 'm' | 'f' }>();

/** May moved mention `j` of the last run keep its speaker: did everything it looked at stay the same? */
function reusable(change: SpeakerChange, j: number, clean: number, replay: GenderReplay): boolean {
  const { reach, readsGender } = change.previous;
  // `clean` is never before the changed part's end: what the old lookups reached lies past it, and past every speaker it changed.
  return reach[j] + change.delta >= clean && (!readsGender[j] || replay.agreeBefore(j));
}

function learnGender(s: State, m: SourceMention, r: Resolved, run: SpeakerRun, at: number, replay?: GenderReplay): void {
  const g = wordsOf(m.text).gender;
  if (g && r.speaker && !s.genders.has(r.speaker.name)) {
    s.genders.set(r.speaker.name, g);
    run.learned.push({ at, name: r.speaker.name, gender: g });
    replay?.check(r.speaker.name);
  }
}

function resolveOne(s: State, m: SourceMention): Resolved {
  if (m.antecedent) {
    // "Luis Ortiz, who said": the speaker is whoever the antecedent resolves to, written where the antecedent is.
    const r = resolveOne(s, m.antecedent);
    if (r.speaker) return { speaker: { name: r.speaker.name, from: r.speaker.from ?? m.antecedent.span }, kind: r.kind };
  }
  const word = m.text.trim();
  if (m.kind === 'pronoun') return resolvePronoun(s, m, word);
  const at = m.span.start;
  const { found, apposition, description, camp, commonHead, body } = sourceForm(word, m.kind, s.lexicon);
  if (found && apposition && m.kind !== 'person') return { speaker: { name: found.name }, kind: 'person' };
  // "The Trump campaign", "the Iranian intelligence ministry": a body's description with a name in it names the body itself.
  if (description && !description.person && description.modifiers.length > 0 && m.kind !== 'vague' && m.kind !== 'anonymous') return { speaker: { name: body }, kind: m.kind };
  // "Clinton’s campaign" is the Clinton campaign (one speaker in the Claims view, however the article writes it).
  if (camp) return { speaker: { name: camp }, kind: 'organization' };
  if (description) {
    const hit = nearest(s, at, (e) => describes(description, e.lower, e.kind));
    const name = description.person ? nearestName(s, at, (n) => n.person && describes(description, n.context, 'person')) : undefined;
    if (hit && (!name || hit.mention.span.start > name.span.start || hit.kind !== 'person')) return from(hit);
    if (name) return fromName(name);
    // "The GOP nominee" in an article about Donald Trump: the person the article has named most so far.
    // Not "the Vermont senator": a place in the description names someone else more often than not.
    if (description.definite && description.person && !description.plural && description.modifiers.every((w) => PARTY.test(w))) {
      const main = mostNamed(s, at);
      if (main) return fromName(main);
    }
    // "The group" after "the MEK’s camp": a body named in the text close before.
    if (description.definite && description.bare && BODY_HEADS.test(description.head)) {
      const body = nearestName(s, at, (n) => n.force === description.head && at - n.span.end < 5000)
        ?? nearestName(s, at, (n) => !!n.org && !n.force && at - n.span.end < 1000);
      if (body) return { speaker: { name: body.name, from: body.span }, kind: 'organization' };
    }
  }
  if (m.kind === 'person' && !apposition && commonHead) return { speaker: { name: commonHead }, kind: m.kind };
  if (m.kind === 'person') {
    if (found && !description) {
      if (!found.name.includes(' ')) {
        // A transcript's "REYES:" is Reyes.
        const surname = titleCase(found.name);
        const earlierSource = nearest(s, at, (e) => e.kind === 'person' && hasSurname(e.speaker.name, surname));
        const fromText = nearestName(s, at, (n) => hasSurname(n.name, surname));
        if (earlierSource && (!fromText || earlierSource.speaker.name === fromText.name || earlierSource.mention.span.start > fromText.span.start)) return { ...from(earlierSource), kind: 'person' };
        if (fromText) return fromName(fromText);
      }
      return { speaker: { name: found.name.includes(' ') ? found.name : titleCase(found.name) }, kind: 'person' };
    }
  }
  if (m.kind === 'organization' || m.kind === 'media' || m.kind === 'document') {
    const name = body;
    // "the Post" → "The Washington Post" named earlier.
    const short = name.split(' ').length === 1 ? ' ' + name.toLowerCase() : undefined;
    const longer = short && nearest(s, at, (e) => e.kind === m.kind && e.speaker.name.toLowerCase().endsWith(short));
    if (longer) return from(longer);
    return { speaker: { name }, kind: m.kind };
  }
  return { speaker: { name: word.replace(/[’']s$/, '').replace(/,.*$/s, '').trim() }, kind: m.kind };
}

