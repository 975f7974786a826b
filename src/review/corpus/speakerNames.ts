/**
 * A person's name as the engine gives it ("Sen. Elizabeth Warren", "Donald J.
 * Trump", "Pres. Obama"), read into the parts that say who it is: a first
 * name, a surname and a generational suffix. Titles, middle names and middle
 * initials are left out; case, accents and apostrophe styles are folded.
 */
export interface PersonName {
  /** The first name, folded; undefined for a surname alone ("Trump", "Mr. Trump"). */
  first?: string;
  /** The surname, folded (the last word before a suffix). */
  last: string;
  /** Jr., Sr., II, III, IV: kept apart, since Donald Trump Jr. is not Donald Trump. */
  suffix?: string;
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr', 'father', 'pope',
  'president', 'pres', 'vice', 'vp', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor',
  'lt', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'sgt', 'judge', 'justice',
  'secretary', 'sec', 'mayor', 'chairman', 'chairwoman', 'speaker', 'leader', 'ambassador', 'attorney', 'former', 'the', 'candidate',
  'minister', 'prime', 'chancellor', 'king', 'queen', 'prince', 'princess', 'first', 'hon', 'st',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case words allowed inside a name (Ludwig van Beethoven, Charles de Gaulle). */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'di', 'da', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'das']);

/** Folded for comparison: lower case, no accents, one apostrophe style, no final period. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase().replace(/\.$/, '');
}

/**
 * The parts of a person's name, or undefined when the text does not read as
 * one: a word not capitalised (other than a particle), a digit, more than
 * five words once titles are dropped, nothing left but titles, or a
 * possessive ("Trump's").
 */
export function personName(name: string): PersonName | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7) return undefined;
  const parts: string[] = [];
  let suffix: string | undefined;
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/,$/, '');
    const folded = fold(word);
    if (/\d/.test(word) || /['’]s$/i.test(word)) return undefined;
    if (!parts.length && TITLES.has(folded)) continue;
    if (parts.length && i === words.length - 1 && SUFFIXES.has(folded)) {
      suffix = folded;
      continue;
    }
    if (PARTICLES.has(folded) && parts.length) {
      parts.push(folded);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) return undefined;
    parts.push(folded);
  }
  if (!parts.length || parts.length > 5) return undefined;
  // A surname with its particles: "van Beethoven", "de Gaulle".
  let s = parts.length - 1;
  while (s > 1 && PARTICLES.has(parts[s - 1])) s--;
  const last = parts.slice(s).join(' ');
  if (parts.length === 1 || s === 0) return { last, ...(suffix ? { suffix } : {}) };
  const first = parts[0];
  // An initial alone is no first name to tell people apart by ("J. Smith").
  if (first.length === 1) return { last, ...(suffix ? { suffix } : {}) };
  return { first, last, ...(suffix ? { suffix } : {}) };
}

/** The key of a full name: first name, surname and suffix. */
export function fullKey(n: PersonName): string | undefined {
  return n.first === undefined ? undefined : `${n.first} ${n.last}${n.suffix ? ` ${n.suffix}` : ''}`;
}
