import { drain } from '../../engine/index';
import { fold, fullKey, type PersonName, personName } from './speakerNames';

/**
 * Speakers across articles, merged by the name they resolve to: "Donald
 * Trump", "Donald J. Trump" and "Sen. Donald Trump" are one person (middle
 * names and initials, titles, case and accents do not count); a surname alone
 * ("Trump") joins the full name the same article gives, else the full name
 * the corpus gives when it names nobody else of that surname nearly as often
 * (DOMINANT of the articles naming someone of that surname in full, among the
 * full names of at least two articles: one article's "Year Barack Obama" is a
 * misreading, not a rival); two different first names are never merged (Bill and Hillary
 * Clinton; Joe and Joseph Biden stay apart too), nor a Jr. with his father.
 * Names that do not read as a person's are merged only when they are written
 * the same (case, a leading "the" and a possessive aside). Pure: the
 * extension's workspace index reuses it.
 */

/** The share of the articles naming someone of a surname in full that must name the same person, for a bare surname elsewhere to be taken as them. */
export const DOMINANT = 0.9;

/** One article's speakers: each name as the engine resolved it, and whether it is a person (sourceKind `person`). */
export interface ArticleSpeakers {
  names: { name: string; person: boolean }[];
}

export interface SpeakerMerge {
  /** The merged speaker of a name in an article (a key; equal keys are one speaker). */
  keyOf(article: number, name: string, person: boolean): string;
  /** The name to show for a key: the fullest form used most often. */
  display(key: string): string;
}

/** The engine's speaker for "I" in the article's own voice (src/engine/classify/pronouns.ts). */
const AUTHOR = 'the author';

/** Words for a kind of speaker that the engine may give as a name: a party, a side, a generic plural. */
const GENERIC = /^(?:republicans?|democrats?|democratic|conservatives?|liberals?|progressives?|independents?|state|states|companies|corporations|officials|sources|critics|supporters|opponents|voters|residents|experts|analysts|lawmakers|leaders|members|people|others|police|authorities)$/i;

const otherKey = (name: string) => `=${fold(name.trim().replace(/^the\s+/i, '').replace(/['’]s?$/, '')).replace(/\s+/g, ' ')}`;
const personKey = (full: string) => `person:${full}`;

/** Surname (with suffix) of a name, the key surname-only forms are looked up by. */
const surnameOf = (n: PersonName) => `${n.last}${n.suffix ? ` ${n.suffix}` : ''}`;

/** Articles read between two pauses of mergeSpeakerSteps. */
export const ARTICLES_PER_STEP = 25;

export function mergeSpeakers(articles: readonly ArticleSpeakers[]): SpeakerMerge {
  return drain(mergeSpeakerSteps(articles));
}

/** The same, pausing every ARTICLES_PER_STEP articles (a workspace of a thousand articles is merged in slices). */
export function* mergeSpeakerSteps(articles: readonly ArticleSpeakers[]): Generator<void, SpeakerMerge> {
  const parsed = new Map<string, PersonName | undefined>();
  const parse = (name: string) => {
    if (!parsed.has(name)) parsed.set(name, personName(name));
    return parsed.get(name);
  };
  // Per surname: the full keys of the corpus and in how many articles each is named.
  const corpus = new Map<string, Map<string, number>>();
  const local: Map<string, Set<string>>[] = [];
  const firsts: Map<string, Set<string>>[] = [];
  for (const [i, a] of articles.entries()) {
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    const bySurname = new Map<string, Set<string>>();
    const byFirst = new Map<string, Set<string>>();
    for (const { name, person } of a.names) {
      const n = person ? parse(name) : undefined;
      const key = n && fullKey(n);
      if (!n || !key) continue;
      add(bySurname, surnameOf(n), key);
      add(byFirst, n.first!, key);
    }
    for (const [surname, keys] of bySurname) for (const key of keys) {
      const counts = corpus.get(surname) ?? new Map<string, number>();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      corpus.set(surname, counts);
    }
    local[i] = bySurname;
    firsts[i] = byFirst;
  }
  const dominant = new Map<string, string | undefined>();
  for (const [surname, counts] of corpus) {
    const named = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
    if (!named.length) continue;
    const total = named.reduce((s, [, n]) => s + n, 0);
    dominant.set(surname, named[0][1] / total >= DOMINANT ? named[0][0] : undefined);
  }

  const keyOf = (article: number, name: string, person: boolean): string => {
    // "I" in an article's own voice: each article's author is someone else.
    if (name === AUTHOR) return `${AUTHOR}#${article}`;
    // "Republican", "Democratic", "State", "Major Companies": a word for a kind, not a name — one article's is not another's.
    if (GENERIC.test(name.trim().split(/\s+/).pop() ?? '') && name.trim().split(/\s+/).length <= 2) return `${otherKey(name)}#${article}`;
    const n = person ? parse(name) : undefined;
    if (!n) return otherKey(name);
    const full = fullKey(n);
    if (full) return personKey(full);
    const surname = surnameOf(n);
    const here = local[article]?.get(surname);
    if (here?.size === 1) return personKey([...here][0]);
    if (here && here.size > 1) return `=${surname}`;
    // A first name alone ("Hillary") joins the one person of that first name the same article names in full.
    const byFirst = !n.suffix ? firsts[article]?.get(n.last) : undefined;
    if (byFirst?.size === 1) return personKey([...byFirst][0]);
    const top = dominant.get(surname);
    return top ? personKey(top) : `=${surname}`;
  };

  const forms = new Map<string, Map<string, number>>();
  for (const [i, a] of articles.entries()) {
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    for (const { name, person } of a.names) {
      const key = keyOf(i, name, person);
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const display = (key: string): string => {
    const counts = forms.get(key);
    if (!counts) return key.startsWith(`${AUTHOR}#`) ? AUTHOR : key.replace(/^[^:=]*[:=]/, '');
    const full = (s: string) => Number(fullKey(parse(s) ?? { last: '' }) !== undefined);
    // A full name before a surname alone, then the most used form, then the first seen.
    return [...counts].sort((a, b) => full(b[0]) - full(a[0]) || b[1] - a[1])[0][0];
  };
  return { keyOf, display };
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
