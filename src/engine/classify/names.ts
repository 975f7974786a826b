import type { Span } from '../types';
import { isDemonym } from './sourceKind';
import { MEDIA, NAME_TITLES, ORGANIZATION, PERSON_TITLE_WORD, ROLE_NOUNS } from '../lexicon/sources';
import type { WordLexicon } from '../model/wordLexicon';

/**
 * Personal names in a source or in running text: the name without titles,
 * nationality words or a possessive, and what the text says of the person
 * (a first name's gender, the title words before the name).
 */

export type Gender = 'm' | 'f';

/** A personal name and where it stands in the text it was found in (UTF-16 offsets of its first and last word). */
interface FoundName { name: string; start: number; end: number; gender?: Gender }

/** Names found, per lexicon (nationality words come from it): sources recur on every edit. */
const namesByLexicon = new WeakMap<WordLexicon, Map<string, FoundName | undefined>>();

/** The personal name inside a source: "Albanian Prime Minister Edi Rama" → "Edi Rama". */
export function personalName(text: string, lexicon: WordLexicon): string | undefined {
  return personalNameIn(text, lexicon)?.name;
}

export function personalNameIn(text: string, lexicon: WordLexicon): FoundName | undefined {
  let names = namesByLexicon.get(lexicon);
  if (!names) namesByLexicon.set(lexicon, (names = new Map()));
  if (names.has(text)) return names.get(text);
  if (names.size >= 20_000) names.clear();
  const found = findPersonalName(text, lexicon);
  names.set(text, found);
  return found;
}

/** Titles written short, and ranks: not part of a name. */
const SHORT_TITLES = /^(?:lt|sgt|col|capt|cpt|adm|maj|cpl|pvt|gov|sen|rep|atty|supt|insp|det|rev|fr|hon|amb|cmdr|gen|mr|mrs|ms|dr|prof|st)\.?$/i;
const NAME_PARTICLE = /^(?:de|da|van|von|bin|al|el|la|le|di|du|del|der|den|ter|ibn|abu)$/;

/** A title or rank that marks the name after it as a person's. */
function isPersonTitle(w: string): boolean {
  const bare = w.replace(/[,.]$/, '');
  return SHORT_TITLES.test(w) || SHORT_TITLES.test(bare) || PERSON_TITLE_WORD.test(bare);
}

/** A word that may stand before a name and is no part of it. */
function isTitle(w: string): boolean {
  return isPersonTitle(w) || NAME_TITLES.test(w) || NAME_TITLES.test(w.replace(/[,.]$/, ''));
}


/** A first name's gender by compromise's lexicon. */
export function genderOf(firstWord: string, lexicon: WordLexicon): Gender | undefined {
  const tags = lexicon.tags(firstWord.toLowerCase());
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}

function isFirstName(w: string, lexicon: WordLexicon): boolean {
  const tags = lexicon.tags(w.toLowerCase());
  return tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName');
}

/** Words a capitalised run may start with at a sentence start that are no part of a name ("For Trump", "But Hillary Clinton"). */
function isFunctionWord(w: string, lexicon: WordLexicon): boolean {
  const tags = lexicon.tags(w.toLowerCase());
  return tags.some((t) => t === 'Preposition' || t === 'Conjunction' || t === 'Determiner' || t === 'Adverb' || t === 'Pronoun' || t === 'QuestionWord'
    || t === 'PastTense' || t === 'PresentTense' || t === 'Gerund' || t === 'Auxiliary' || t === 'Modal' || t === 'Copula') || /^\p{Lu}\p{Ll}{4,}ing$/u.test(w);
}

function findPersonalName(text: string, lexicon: WordLexicon): FoundName | undefined {
  // "Priya Natarajan, a hydrologist at Lakeside University": the name is before the comma;
  // "Moreau's business partner, Lena Ortiz": the name is after it.
  const comma = text.indexOf(',');
  if (comma > 0) {
    const head = text.slice(0, comma);
    const after = text.slice(comma + 1).replace(/,\s*$/, '');
    if (/\s\p{Ll}+\s*$/u.test(head) || /^(?:a|an|the)\s/i.test(head.trim())) {
      const named = nameOf(after, comma + 1, lexicon);
      if (named && named.name.includes(' ') && /^\s*\p{Lu}/u.test(after)) return named;
    }
    return nameOf(head, 0, lexicon);
  }
  return nameOf(text, 0, lexicon);
}

function nameOf(head: string, at: number, lexicon: WordLexicon): FoundName | undefined {
  const words: { w: string; at: number }[] = [];
  for (const m of head.matchAll(/\S+/g)) words.push({ w: m[0], at: at + m.index });
  // "Nasser Kanani’s": the possessive is not part of the name.
  const lastWord = words[words.length - 1];
  if (lastWord && /[’']s?$/.test(lastWord.w) && /^\p{Lu}/u.test(lastWord.w)) {
    if (lastWord.w.length > 2) lastWord.w = lastWord.w.replace(/[’']s?$/, '');
    else words.pop();
  }
  // A name ends with a capitalised word; "Mr. King, 82": what follows the name is no part of it.
  let end = words.length;
  while (end > 0 && !/^\p{Lu}/u.test(words[end - 1].w)) end--;
  if (end > 0) words[end - 1] = { ...words[end - 1], w: words[end - 1].w.replace(/[,;:]$/, '') };
  let start = end;
  while (start > 0 && (/^\p{Lu}/u.test(words[start - 1].w) || NAME_PARTICLE.test(words[start - 1].w))) start--;
  // "Morning Consult’s Cameron Easley": the name starts after a possessor.
  for (let i = start; i < end - 1; i++) if (/[’']s$/.test(words[i].w)) start = i + 1;
  // Titles, ranks, roles and nationality words before the name: "Homeland Security Secretary Jeh Johnson".
  let lastTitle = -1;
  for (let i = start; i < end - 1; i++) if (isTitle(words[i].w) || ROLE_NOUNS.test(words[i].w) || isDemonym(words[i].w, lexicon)) lastTitle = i;
  if (lastTitle >= 0) start = lastTitle + 1;
  while (start < end - 1 && isFunctionWord(words[start].w, lexicon)) start++;
  // "Retired Lt. Gen. Michael Flynn", "Activist Angela Davis": a first name starts the name.
  for (let i = start + 1; i < end - 1; i++) if (isFirstName(words[i].w, lexicon) && !isFirstName(words[start].w, lexicon)) { start = i; break; }
  while (start < end - 1 && (NAME_TITLES.test(words[start].w) || SHORT_TITLES.test(words[start].w) || isDemonym(words[start].w, lexicon))) start++;
  const name = words.slice(start, end);
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0].w)) return undefined;
  // A title alone is no name ("the Prime Minister"), but "Mr. King" is.
  const honorific = start > 0 && /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(words[start - 1].w);
  if (name.length === 1 && !honorific && (isTitle(name[0].w) || isDemonym(name[0].w, lexicon))) return undefined;
  const last = name[name.length - 1];
  const before = words.slice(Math.max(0, start - 2), start).map((x) => x.w.toLowerCase());
  const gender = genderOf(name[0].w, lexicon) ?? (before.some((w) => /^mr\.?$/.test(w)) ? 'm' : before.some((w) => /^(?:mrs|ms|miss)\.?$/.test(w)) ? 'f' : undefined);
  return { name: name.map((x) => x.w).join(' '), start: name[0].at, end: last.at + last.w.length, gender };
}

export interface NameMention {
  name: string;
  span: Span;
  /** Whether the text marks the name as a person's (a first name, a title before it). */
  person: boolean;
  gender?: Gender;
  /** The lower-case words around the name that say who the person is: "indiana gov." of "Indiana Gov. Mike Pence". */
  context: string;
  /** The name of a body: an acronym ("MEK") or a name whose last word says so ("Congressional Budget Office"). */
  org?: boolean;
  /** A force named with its place ("Charlotte-Mecklenburg police"): the word a bare mention uses ("police"). */
  force?: string;
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);

/** Acronyms that are places, not bodies. */
const PLACE_ACRONYMS = /^(?:US|U\.S\.|UK|U\.K\.|USA|U\.S\.A\.|DC|D\.C\.|UAE|LA|NYC|AM|PM|TV|OK|ID|I|II|III|IV|CEO|GDP|COVID|AIDS|HIV)$/;

const FORCE_WORD = /\s(?:police|officials|authorities|prosecutors|firefighters)\b/;

/** Names of bodies in running text: acronyms and capitalised names ending in a word such as Office, Party, Times. */
function bodyNames(text: string, lexicon: WordLexicon): NameMention[] {
  const out: NameMention[] = [];
  // ASCII capitals only: a plain class scans a block several times faster than a Unicode one with look-behind.
  for (const m of text.matchAll(/\b(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})(?![A-Za-z])/g)) {
    if (m.index > 0 && text[m.index - 1] === '.') continue;
    if (PLACE_ACRONYMS.test(m[0]) || /^\p{Lu}+$/u.test(m[0]) && text.slice(m.index + m[0].length, m.index + m[0].length + 2).match(/^ \p{Lu}{2}/u)) continue;
    out.push({ name: m[0], span: { start: m.index, end: m.index + m[0].length }, person: false, context: '', org: true });
  }
  // "Charlotte-Mecklenburg police", "the Dallas police": a place and a force, which a later "police" means.
  if (!FORCE_WORD.test(text)) return out;
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}\s(?:police|officials|authorities|prosecutors|firefighters)\b/gu)) {
    if (isFunctionWord(m[0].slice(0, m[0].indexOf(' ')), lexicon) || isTitle(m[0].slice(0, m[0].indexOf(' ')))) continue;
    out.push({ name: m[0], span: { start: m.index, end: m.index + m[0].length }, person: false, context: '', org: true, force: m[0].slice(m[0].lastIndexOf(' ') + 1) });
  }
  return out;
}

/** Capitalised word runs of two or more words: candidate full names, in text order, with their real spans. Found once per block. */
export function fullNames(text: string, lexicon: WordLexicon): NameMention[] {
  const out: NameMention[] = [];
  // The first word may be an initial or a short title with its full stop ("J.", "Gov."), never a word ending a sentence ("Ohio. Trump").
  const re = /(?:\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cpt|Prof|Rev|Adm|Maj|Amb|Atty|Supt|Det|Insp|Hon|Fr|St)\.|\p{Lu}[\p{L}’'-]*)(?:\s+(?:(?:de|da|van|von|bin|al|el|la|le|di|du)\s+)?(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+)+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // "King's Russia Today", "NBC's Lester Holt": a possessor ends a name, and another may follow it.
    let offset = 0;
    for (const part of m[0].split(/(?<=[’']s)\s/)) {
      const person = nameAt(text, part, m.index + offset, lexicon);
      if (person) out.push(person);
      offset += part.length + 1;
    }
  }
  // An all-capitals line (a headline, a wire credit) is no name.
  const bodies = bodyNames(text, lexicon).filter((b) => !/^[^\p{Ll}\n]{20,}$/u.test(lineAround(text, b.span.start)));
  return bodies.length ? [...out, ...bodies].sort((a, b) => a.span.start - b.span.start) : out;
}

/** The full name in a run of capitalised words at `at` in the text, with what the text around it says. */
function nameAt(text: string, run: string, at: number, lexicon: WordLexicon): NameMention | undefined {
  let found = personalNameIn(run, lexicon);
  if (!found || !found.name.includes(' ')) return undefined;
  const start = at + found.start;
  // "Joseph R. Biden Jr.": the suffix keeps its full stop.
  const suffix = /\s(?:Jr|Sr)$/.test(found.name) && text[at + found.end] === '.';
  const end = at + found.end + (suffix ? 1 : 0);
  if (suffix) found = { ...found, name: found.name + '.' };
  const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 60);
  let before = text.slice(lineStart, start);
  before = before.slice(sentenceStart(before));
  const apposition = /^,\s+((?:the|a|an)\s[^,.;]{2,60})[,.;]/.exec(text.slice(end, end + 70));
  const context = `${before} ${apposition ? apposition[1] : ''}`.toLowerCase().replace(/\s+/g, ' ').trim();
  const first = found.name.split(' ')[0];
  const titled = `${before} ${run.slice(0, found.start)}`.split(/\s+/).slice(-3).some(isPersonTitle);
  // Without a first name or a title, a name of words the lexicon knows only as names (or not at all) may be a person's.
  const nameLike = found.name.split(' ').every((w) => lexicon.tags(w.toLowerCase()).every((t) => NAME_TAGS.has(t)));
  const person = (isFirstName(first, lexicon) || !!found.gender || titled || nameLike) && !isFunctionWord(first, lexicon);
  return { name: found.name, span: { start, end }, person, gender: found.gender, context, org: !person && (ORGANIZATION.test(found.name.split(' ').pop() ?? '') || MEDIA.test(found.name)) };
}


/** Where the last sentence or clause in a short text starts (an abbreviated title such as "Gov." ends none). */
function sentenceStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/(\S*?)([.!?]["”’]?|[“",;])\s+/g)) {
    if (m[2] === '.' && (SHORT_TITLES.test(m[1]) || /^\p{Lu}$/u.test(m[1]))) continue;
    at = m.index + m[0].length;
  }
  return at;
}

function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}
