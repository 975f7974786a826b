import type { SourceKind, Span, Speaker } from '../types';
import type { WordLexicon } from '../model/wordLexicon';
import { type Gender, genderOf, type NameMention } from './names';

/** What speaker resolution works with (classify/speakers.ts, pronouns.ts): the sources seen so far, the names of the text, lookups over both. */

export interface SourceMention {
  span: Span;
  text: string;
  kind: SourceKind;
  /** Inside a quotation. */
  inQuote?: boolean;
  /** What the source stands for when it names no one itself ("who" → "Luis Ortiz"), found where it is written. */
  antecedent?: SourceMention;
}

export interface Resolved {
  speaker?: Speaker;
  /** The kind of what the source refers to, when resolved. */
  kind?: SourceKind;
}

/** How far back an antecedent is looked for: coreference in news stays within a few paragraphs, and long texts stay linear. */
const LOOKBACK = 200;

export interface State {
  earlier: Earlier[];
  /** What the article's own pronouns say of each speaker's gender. */
  genders: Map<string, Gender>;
  names: NameMention[];
  lexicon: WordLexicon;
  /**
   * The earliest offset the mention being resolved has looked at (-1: the start of the text), and whether it
   * read the genders: what its result depends on, so that after an edit before that offset it can be reused (speakerReuse.ts).
   */
  reach: number;
  readsGender: boolean;
}

export interface Earlier {
  mention: SourceMention;
  speaker: Speaker;
  kind: SourceKind;
  lower: string;
  /** A possessor ("Tehran’s claim"): seldom what a later pronoun points back to. */
  possessive: boolean;
}

/** A speaker's gender: as the article's pronouns told it, as the name's mention knows it, or by the first name. */
export function genderOfName(s: State, name: string, known?: Gender): Gender | undefined {
  s.readsGender = true;
  return s.genders.get(name) ?? known ?? genderOf(name.split(' ')[0], s.lexicon);
}

/** Marks `at` as looked at by the mention being resolved. */
function look(s: State, at: number): void {
  if (at < s.reach) s.reach = at;
}

/** The nearest earlier resolved source before `offset` (within LOOKBACK) that passes `ok`; they were pushed in text order. */
export function nearest(s: State, offset: number, ok: (e: Earlier) => boolean): Earlier | undefined {
  const earlier = s.earlier;
  const stop = Math.max(0, earlier.length - LOOKBACK);
  for (let i = earlier.length - 1; i >= stop; i--) {
    const e = earlier[i];
    if (e.mention.span.start < offset && ok(e)) {
      look(s, e.mention.span.start);
      return e;
    }
  }
  look(s, stop === 0 ? -1 : earlier[stop].mention.span.start);
  return undefined;
}

/** Index just past the last name that ends at or before `offset`. */
function namesBefore(names: NameMention[], offset: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid].span.end <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The nearest full name that ends before `offset` (within LOOKBACK) that passes `ok`. */
export function nearestName(s: State, offset: number, ok: (n: NameMention) => boolean): NameMention | undefined {
  const names = s.names;
  const lo = namesBefore(names, offset);
  const stop = Math.max(0, lo - LOOKBACK);
  for (let i = lo - 1; i >= stop; i--) {
    if (ok(names[i])) {
      look(s, names[i].span.start);
      return names[i];
    }
  }
  look(s, stop === 0 ? -1 : names[stop].span.start);
  return undefined;
}

export const from = (e: Earlier, kind = e.kind): Resolved => ({ speaker: { name: e.speaker.name, from: e.speaker.from ?? e.mention.span }, kind });
export const fromName = (n: NameMention): Resolved => ({ speaker: { name: n.name, from: n.span }, kind: 'person' });

/** The person named most often before `offset` (within LOOKBACK names and sources: a full name in the text, or a source resolved to one), if three times at least. */
export function mostNamed(s: State, offset: number): NameMention | undefined {
  const counts = new Map<string, { n: number; last?: NameMention }>();
  const count = (name: string, mention?: NameMention) => {
    const c = counts.get(name);
    if (c) { c.n++; c.last ??= mention; } else counts.set(name, { n: 1, last: mention });
  };
  const lo = namesBefore(s.names, offset);
  const stop = Math.max(0, lo - LOOKBACK);
  for (let i = lo - 1; i >= stop; i--) if (s.names[i].person) count(s.names[i].name, s.names[i]);
  look(s, stop === 0 ? -1 : s.names[stop].span.start);
  const first = Math.max(0, s.earlier.length - LOOKBACK);
  for (let i = s.earlier.length - 1; i >= first; i--) {
    const e = s.earlier[i];
    if (e.kind === 'person' && e.mention.span.start < offset) count(e.speaker.name);
  }
  look(s, first === 0 ? -1 : s.earlier[first].mention.span.start);
  let best: { n: number; last?: NameMention } | undefined;
  for (const c of counts.values()) if (c.last && (!best || c.n > best.n)) best = c;
  return best && best.n >= 3 ? best.last : undefined;
}

/** A full name's surname, past a suffix: "Joseph R. Biden Jr." → "Biden". */
export function lastName(name: string): string {
  let last = lastNames.get(name);
  if (last === undefined) {
    if (lastNames.size >= 20_000) lastNames.clear();
    const words = name.replace(/,?\s+(?:Jr|Sr)\.?$|\s+I{2,3}$/, '').split(' ');
    last = words[words.length - 1];
    lastNames.set(name, last);
  }
  return last;
}
/** Surnames of the names seen: the lookups ask for them again and again on every edit. */
const lastNames = new Map<string, string>();

/** Is `surname` the last name of a full name (of two words at least)? */
export function hasSurname(name: string, surname: string): boolean {
  return name.includes(' ') && lastName(name) === surname;
}

/** A word in capitals as a name is written: "REYES" → "Reyes" (other words stay as they are). */
export function titleCase(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}
