import { francAll } from 'franc-min';
// Also read by scripts/build.mjs, which bundles franc's trigrams for these languages only.
import languageNames from './languageNames.json';

/**
 * The language an article's prose is in, so that Claim Lens can say it reads
 * English only instead of finding nothing in a French article and saying
 * nothing. franc-min's trigram models, on a small sample: cheap on any text.
 */
export interface DetectedLanguage {
  /** ISO 639-3 code as franc gives it (`eng`, `fra`), or `und` when the text is too short or has too few words to tell. */
  code: string;
  /** The language's English name for the common ones (`French`), else the code. */
  name: string;
  /** English, or undetermined (which is treated as English: claims are never hidden for a short text). */
  english: boolean;
  /** The sample was long enough and the verdict clear, between English and the best other language. */
  reliable: boolean;
}

/** Below this many letters in the whole text nothing is decided. */
export const MIN_LETTERS = 200;
/** franc reads at most 2,048 characters; the sample is built to that size from slices spread over the text. */
const SAMPLE_CHARS = 2048;
const SLICES = 4;
/** Lines with fewer letters (headings, datelines, bylines, "Advertisement") are not sampled. */
const MIN_LINE_LETTERS = 25;
/** Each slice reads at most this many characters of the text, so a text of any length costs the same. */
const SLICE_SCAN = 8 * (SAMPLE_CHARS / SLICES);
/**
 * A sample with fewer letters, or fewer different pairs of letters (a word
 * repeated: "votes" down a table), once names are taken out (a list of names,
 * a table of figures) decides nothing. Pairs, not words: Chinese, Japanese
 * and Thai put no spaces between words.
 */
const MIN_SAMPLE_LETTERS = 100;
const MIN_SAMPLE_PAIRS = 40;
/**
 * How far the other side of the English/not-English line must trail for the
 * verdict to be reliable: English when another language won, the best other
 * language when English did. Measured as the gap in franc's normalised
 * scores (1 for the winner) times the sample's length, which stays about the
 * same whatever the length (the normalised gap itself shrinks as the sample
 * grows). The invented foreign articles, alone or three together, leave
 * English 80 to 96 behind; English lost first place only on pages of names
 * before names were left out of the sample, 36 behind at most. Over every
 * PolNeAR train and dev text (whole, halves, first 300 and 400 characters),
 * English led by 2.5 at the least, 18 at the first percentile, 47 at the
 * median.
 */
const FOREIGN_LEAD = 40;
const ENGLISH_LEAD = 5;

/**
 * The languages franc may choose from: English and the languages news comes
 * in, in the Latin script, and those of the other scripts franc-min knows
 * (a text in one of them is told by its script). Fewer Latin candidates mean
 * fewer ways for English full of names to resemble something else (Hausa,
 * Javanese, Malay did without this list) and less work.
 */
const NAMES: Record<string, string> = languageNames;
const CANDIDATES = Object.keys(NAMES);

const UNDETERMINED: DetectedLanguage = { code: 'und', name: 'undetermined', english: true, reliable: false };

/** The English name of an ISO 639-3 code franc gives, or the code. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/**
 * The language of `prose`, from a sample of at most 2,048 characters taken
 * in slices spread over it. A text under 200 letters, or whose sample is
 * mostly names and figures, is undetermined (and so treated as English).
 */
export function detectLanguage(prose: string): DetectedLanguage {
  if (!hasLetters(prose, MIN_LETTERS)) return UNDETERMINED;
  const sample = sampleOf(prose);
  if (!hasLetters(sample, MIN_SAMPLE_LETTERS) || !hasPairs(sample, MIN_SAMPLE_PAIRS)) return UNDETERMINED;
  const scores = francAll(sample, { only: CANDIDATES, minLength: 1 });
  const [code, best] = scores[0];
  if (code === 'und') return UNDETERMINED;
  const english = code === 'eng';
  // The best score on the other side of the line: English's when another language won, the best other's when English did.
  const other = scores.find(([c]) => (c === 'eng') !== english)?.[1] ?? 0;
  return { code, name: languageName(code), english, reliable: (best - other) * sample.length >= (english ? ENGLISH_LEAD : FOREIGN_LEAD) };
}

/** Claim Lens should not analyse this text: it is reliably in a language other than English. */
export function isForeign(d: DetectedLanguage): boolean {
  return !d.english && d.reliable;
}

const LETTER = /\p{L}/gu;

function hasLetters(s: string, n: number): boolean {
  LETTER.lastIndex = 0;
  let seen = 0;
  while (LETTER.exec(s)) if (++seen >= n) return true;
  return false;
}

function hasPairs(s: string, n: number): boolean {
  const pairs = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) if (pairs.add(s.slice(i, i + 2)).size >= n) return true;
  return false;
}

/**
 * Words that start with a capital (names, sentence starts, German nouns),
 * figures and punctuation left out: what tells a language apart is its
 * small words, and a page of English names must not read as Dutch.
 */
function wordsOf(line: string): string {
  return line.replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, ' ').replace(/[^\p{L}\p{M}'’-]+/gu, ' ');
}

/**
 * Up to SAMPLE_CHARS of lowercase words from SLICES places spread over the
 * text (each from the start of a line, skipping short lines), never reading
 * more than SLICES × SLICE_SCAN characters of it.
 */
function sampleOf(text: string): string {
  const perSlice = SAMPLE_CHARS / SLICES;
  let sample = '';
  let cursor = 0;
  for (let k = 0; k < SLICES && cursor < text.length; k++) {
    let at = Math.max(cursor, Math.floor((text.length * k) / SLICES));
    if (at > 0 && text[at - 1] !== '\n') at = nextLine(text, at);
    const end = Math.min(text.length, at + SLICE_SCAN);
    let piece = '';
    while (at < end && piece.length < perSlice) {
      const stop = Math.min(nextLine(text, at), end);
      const line = text.slice(at, stop);
      if (hasLetters(line, MIN_LINE_LETTERS)) piece += wordsOf(line) + ' ';
      at = stop;
    }
    sample += piece.slice(0, perSlice);
    cursor = at;
  }
  return sample;
}

/** The start of the line after the one `at` is in (or the text's end). */
function nextLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}
