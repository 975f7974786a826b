import type { SourceKind } from '../types';
import { PERSON_TITLE_WORD, ROLES } from '../lexicon/sources';

/**
 * Descriptions as sources: "the Indiana governor", "the agency", "the poll".
 * A definite one points back to a person or body the article named; an
 * indefinite one ("a New York judge") names no one but itself.
 */

export interface Description {
  definite: boolean;
  /** The head noun, lower case: "governor". */
  head: string;
  /** Capitalised words before the head, lower case, that a match must share: "indiana". */
  modifiers: string[];
  /** The head names a person's role. */
  person: boolean;
  /** Only a determiner and the head: "the group". */
  bare: boolean;
  /** The head is a plural ("the senators"). */
  plural: boolean;
}


/** Capitalised modifiers that name the same thing: "GOP" and "Republican". */
const SAME: Record<string, string> = { gop: 'republican', dem: 'democratic', democrat: 'democratic', u: 'us', 'u.s.': 'us' };
/** Short forms of titles in the words before a name: "Gov." is governor. */
const SHORT: Record<string, string> = { 'gov.': 'governor', gov: 'governor', 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', 'gen.': 'general', 'atty.': 'attorney', 'lt.': 'lieutenant', 'sec.': 'secretary', 'pres.': 'president' };

const norm = (w: string) => SAME[w] ?? SHORT[w] ?? w;

/** A description's parts, or undefined when the source is a name (ends with a capitalised word) or a pronoun. */
export function descriptionOf(text: string): Description | undefined {
  if (descriptions.has(text)) return descriptions.get(text);
  if (descriptions.size >= 20_000) descriptions.clear();
  const d = parseDescription(text);
  descriptions.set(text, d);
  return d;
}
/** Descriptions by source text: sources recur on every edit. */
const descriptions = new Map<string, Description | undefined>();

function parseDescription(text: string): Description | undefined {
  // "the 52-year-old owner of the bakery": the head comes before "of".
  const head = text.split(/,|\s(?:who|which|that|of|at|for|from|in|with)\s/)[0].trim().replace(/[’']s$/, '');
  const m = /^(the|this|that|a|an)\s+(.+)$/i.exec(head) ?? /^()(police|authorities|prosecutors|investigators)$/i.exec(head);
  if (!m) return undefined;
  const words = m[2].split(/\s+/);
  const last = words[words.length - 1];
  if (!/^\p{Ll}/u.test(last) || words.length > 6) return undefined;
  const lowerHead = last.toLowerCase();
  return {
    definite: !/^(?:a|an)$/i.test(m[1]),
    head: lowerHead,
    modifiers: words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => norm(w.toLowerCase())),
    bare: words.length === 1,
    plural: /[^s]s$/.test(lowerHead),
    person: ROLES.test(lowerHead) || PERSON_TITLE_WORD.test(lowerHead),
  };
}

/** What else a text holding a head may hold instead: its short title, or the head it may stand for. */
const HEAD_ALSO: Record<string, string> = { governor: 'gov', senator: 'sen', representative: 'rep', general: 'gen', attorney: 'atty', secretary: 'sec', president: 'pres', nominee: 'candidate', candidate: 'nominee' };

/** The words of a mention's text or a name's context, normalised (GOP → republican, gov. → governor); remembered, as the lookups ask on every edit. */
function wordsOf(lower: string): Set<string> {
  let words = wordSets.get(lower);
  if (!words) {
    if (wordSets.size >= 20_000) wordSets.clear();
    words = new Set(lower.split(/[\s,]+/).map((w) => norm(w.replace(/[’']s$/, ''))));
    wordSets.set(lower, words);
  }
  return words;
}
const wordSets = new Map<string, Set<string>>();

/** Does a mention's text (or a name's context words), lower case, fit the description? */
export function describes(d: Description, lower: string, kind: SourceKind): boolean {
  if (!d.definite) return false;
  if (d.person !== (kind === 'person')) return false;
  // Most texts do not hold the head at all: a substring test first, before their words are looked up.
  const other = HEAD_ALSO[d.head];
  if (!lower.includes(d.head) && !(other && lower.includes(other))) return false;
  const words = wordsOf(lower);
  if (!words.has(d.head) && !(d.head === 'nominee' && words.has('candidate')) && !(d.head === 'candidate' && words.has('nominee'))) return false;
  return d.modifiers.every((m) => words.has(m));
}

/** Where the name of a body ends: a relative clause, an apposition, a participle ("released last year"). */
export const NAME_END = /,|\s(?:which|who|that|released|taken|conducted|published|filed|tracking|issued|obtained|posted|aired|out|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** The name of an organisation, outlet or document as a source gives it: "the nonpartisan Tax Foundation" → "Tax Foundation"; "A Bloomberg poll" → "Bloomberg poll". */
export function orgName(text: string): string {
  const head = text.split(NAME_END)[0].trim().replace(/[’']s$/, '');
  const words = head.split(/\s+/);
  const firstCap = words.findIndex((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:The|A|An|This|That)$/.test(w)));
  if (firstCap < 0) return head;
  // Keep "the" just before the name ("The New York Times", "the Iranian intelligence ministry"); drop other words before it.
  return words.slice(firstCap === 1 && /^the$/i.test(words[0]) ? 0 : firstCap).join(' ');
}
