import { drain } from '../run/steps';
import type { SourceKind, Span, Speaker } from '../types';
import { isDemonym } from './sourceKind';
import { NAME_TITLES } from '../lexicon/sources';
import type { WordLexicon } from '../model/wordLexicon';


export interface SourceMention {
  span: Span;
  text: string;
  kind: SourceKind;
  /** What the source stands for when it names no one itself ("who" → "Luis Ortiz"), found where it is written. */
  antecedent?: SourceMention;
}

/** A personal name and where it stands in the text it was found in (UTF-16 offsets of its first and last word). */
interface FoundName { name: string; start: number; end: number }

/** Names found, per lexicon (nationality words come from it): sources recur on every edit. */
const namesByLexicon = new WeakMap<WordLexicon, Map<string, FoundName | undefined>>();

/** The personal name inside a source: "Albanian Prime Minister Edi Rama" → "Edi Rama". */
export function personalName(text: string, lexicon: WordLexicon): string | undefined {
  return personalNameIn(text, lexicon)?.name;
}

function personalNameIn(text: string, lexicon: WordLexicon): FoundName | undefined {
  let names = namesByLexicon.get(lexicon);
  if (!names) namesByLexicon.set(lexicon, (names = new Map()));
  if (names.has(text)) return names.get(text);
  if (names.size >= 20_000) names.clear();
  const found = findPersonalName(text, lexicon);
  names.set(text, found);
  return found;
}

function findPersonalName(text: string, lexicon: WordLexicon): FoundName | undefined {
  // "Priya Natarajan, a hydrologist at Lakeside University": the name is before the comma.
  const comma = text.indexOf(',');
  const head = comma < 0 ? text : text.slice(0, comma);
  const words: { w: string; at: number }[] = [];
  for (const m of head.matchAll(/\S+/g)) words.push({ w: m[0], at: m.index });
  // "Nasser Kanani’s": the possessive is not part of the name.
  const lastWord = words[words.length - 1];
  if (lastWord && /[’']s$/.test(head)) {
    if (lastWord.w.length > 2) lastWord.w = lastWord.w.slice(0, -2);
    else words.pop();
  }
  let end = words.length;
  while (end > 0 && !/^\p{Lu}/u.test(words[end - 1].w)) end--;
  let start = end;
  while (start > 0 && /^\p{Lu}|^(?:de|da|van|von|bin|al|el|la|le|di|du)$/u.test(words[start - 1].w)) start--;
  while (start < end && (NAME_TITLES.test(words[start].w) || isDemonym(words[start].w, lexicon))) start++;
  // A name ends with a capitalised word; particles and titles alone are no name.
  const name = words.slice(start, end);
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0].w)) return undefined;
  const last = name[name.length - 1];
  return { name: name.map((x) => x.w).join(' '), start: name[0].at, end: last.at + last.w.length };
}

export interface NameMention { name: string; span: Span }

/** Capitalised word runs of two or more words: candidate full names, in text order, with their real spans. Found once per document. */
export function fullNames(text: string, lexicon: WordLexicon): NameMention[] {
  const out: NameMention[] = [];
  const re = /\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+)+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const found = personalNameIn(m[0], lexicon);
    if (found && found.name.includes(' ')) out.push({ name: found.name, span: { start: m.index + found.start, end: m.index + found.end } });
  }
  return out;
}

/** How far back an antecedent is looked for: coreference in news stays within a few paragraphs, and long texts stay linear. */
const LOOKBACK = 200;

const PERSON_PRONOUN = /^(?:he|she|him|her|his|i|me)$/i;
const THING_PRONOUN = /^(?:it|its|which|this)$/i;
const PLURAL_PRONOUN = /^(?:they|them|their|we|us|these|those)$/i;

export interface Resolved {
  speaker?: Speaker;
  /** The kind of what the source refers to, when resolved. */
  kind?: SourceKind;
}

/**
 * Resolves each source (in document order) to a speaker: pronouns to the
 * nearest compatible earlier source, short names and definite descriptions
 * ("the ministry") to an earlier fuller mention.
 */
export function resolveSpeakers(mentions: (SourceMention | undefined)[], names: NameMention[], lexicon: WordLexicon): Resolved[] {
  return drain(resolveSpeakerSteps(mentions, names, Infinity, lexicon));
}

/**
 * resolveSpeakers as a generator that pauses after every `per` mentions, for
 * long texts. `known` holds results already found for the first mentions, when
 * nothing before them changed: resolution looks only backwards, so they hold.
 */
export function* resolveSpeakerSteps(mentions: (SourceMention | undefined)[], names: NameMention[], per: number, lexicon: WordLexicon, known: Resolved[] = []): Generator<void, Resolved[]> {
  const earlier: Earlier[] = [];
  const ordered = mentions.map((m, i) => ({ m, i })).sort((a, b) => (a.m?.span.start ?? 0) - (b.m?.span.start ?? 0));
  if (mentions.length > per) yield;
  const results = new Array<Resolved>(mentions.length);
  let done = 0;
  for (const { m, i } of ordered) {
    if (++done % per === 0) yield;
    if (!m) { results[i] = {}; continue; }
    const r = i < known.length ? known[i] : resolveOne(names, m, earlier, lexicon);
    results[i] = r;
    if (r.speaker && r.kind && r.kind !== 'pronoun') earlier.push({ mention: m, speaker: r.speaker, kind: r.kind, facts: textFacts(m.text) });
  }
  return results;
}

/** What later mentions compare against in a source's text. */
interface TextFacts {
  /** The text in lower case. */
  lower: string;
  /** More than two words: a full description a later "the X" may point back to. */
  long: boolean;
  /** A possessor ("Tehran’s claim"). */
  possessive: boolean;
}

const facts = new Map<string, TextFacts>();

/** A source text's facts; remembered, as sources recur on every edit. */
function textFacts(text: string): TextFacts {
  let f = facts.get(text);
  if (!f) {
    if (facts.size >= 20_000) facts.clear();
    const lower = text.toLowerCase();
    f = { lower, long: lower.split(/\s+/).length > 2, possessive: /['’]s$/.test(text) };
    facts.set(text, f);
  }
  return f;
}

interface Earlier {
  mention: SourceMention;
  speaker: Speaker;
  kind: SourceKind;
  facts: TextFacts;
}

/** The nearest earlier resolved source before `offset` (within LOOKBACK) that passes `ok`; they were pushed in text order. */
function nearest(earlier: Earlier[], offset: number, ok: (e: Earlier) => boolean): Earlier | undefined {
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - LOOKBACK; i--) {
    const e = earlier[i];
    if (e.mention.span.start < offset && ok(e)) return e;
  }
  return undefined;
}

/** The nearest full name that ends before `offset` (within LOOKBACK) that passes `ok`. */
function nearestName(names: NameMention[], offset: number, ok: (n: NameMention) => boolean): NameMention | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid].span.end <= offset) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0 && i >= lo - LOOKBACK; i--) if (ok(names[i])) return names[i];
  return undefined;
}

const from = (e: Earlier): Resolved => ({ speaker: { name: e.speaker.name, from: e.speaker.from ?? e.mention.span }, kind: e.kind });

function resolveOne(names: NameMention[], m: SourceMention, earlier: Earlier[], lexicon: WordLexicon): Resolved {
  if (m.antecedent) {
    // "Luis Ortiz, who said": the speaker is whoever the antecedent resolves to, written where the antecedent is.
    const r = resolveOne(names, m.antecedent, earlier, lexicon);
    if (r.speaker) return { speaker: { name: r.speaker.name, from: r.speaker.from ?? m.antecedent.span }, kind: r.kind };
  }
  const word = m.text.trim();
  const at = m.span.start;
  if (m.kind === 'pronoun') {
    const want: SourceKind[] | undefined = PERSON_PRONOUN.test(word) ? ['person']
      : THING_PRONOUN.test(word) ? ['organization', 'media', 'document']
        : PLURAL_PRONOUN.test(word) ? ['organization', 'anonymous', 'vague', 'media'] : undefined;
    // A possessor ("Tehran’s claim") is seldom what a later pronoun points back to.
    const hit = want && nearest(earlier, at, (e) => want.includes(e.kind) && !e.facts.possessive);
    if (hit) return from(hit);
    if (PERSON_PRONOUN.test(word)) {
      const last = nearestName(names, at, () => true);
      if (last) return { speaker: { name: last.name, from: last.span }, kind: 'person' };
    }
    return { kind: 'pronoun' };
  }
  const definite = /^the\s+(\p{L}+)(?:[’']s)?$/iu.exec(word);
  if (definite) {
    // "the ministry" → "the Iranian intelligence ministry"; "the mayor" → "Mayor Elena Varga".
    const head = definite[1].toLowerCase();
    const ending = ' ' + head;
    const asWord = NAME_TITLES.test(head) ? new RegExp(`\\b${head}\\b`) : undefined;
    const hit = nearest(earlier, at, (e) => e.facts.long && (e.facts.lower.endsWith(ending) || (e.kind === 'person' && !!asWord && asWord.test(e.facts.lower))));
    if (hit) return from(hit);
  }
  if (m.kind === 'person') {
    const name = personalName(m.text, lexicon) ?? m.text.trim();
    if (!name.includes(' ')) {
      const ending = ' ' + name;
      const earlierSource = nearest(earlier, at, (e) => e.speaker.name.endsWith(ending));
      if (earlierSource) return { ...from(earlierSource), kind: 'person' };
      const fromText = nearestName(names, at, (n) => n.name.endsWith(ending));
      if (fromText) return { speaker: { name: fromText.name, from: fromText.span }, kind: 'person' };
    }
    return { speaker: { name }, kind: 'person' };
  }
  return { speaker: { name: word.replace(/[’']s$/, '') }, kind: m.kind };
}
