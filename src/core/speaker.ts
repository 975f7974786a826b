import type { SourceKind, Span, Speaker } from './types';
import { isDemonym } from './sourceKind';

/** Words that may precede a name in a source but are not part of it. */
const TITLE = /^(?:former|late|then|acting|deputy|vice|prime|foreign|interior|defen[cs]e|finance|state|chief|senior|top|president|minister|secretary|senator|sen\.?|rep\.?|representative|congressman|congresswoman|governor|gov\.?|mayor|spokesm[ae]n|spokeswom[ae]n|spokesperson|chairman|chairwoman|director|leader|ceo|founder|judge|justice|attorney|general|gen\.?|ambassador|candidate|nominee|speaker|king|queen|prince|pope|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|lord|lady|sir|democrat(?:ic)?|republican|party|press|house|white|us|u\.s\.|uk|u\.k\.|eu|un|the|short-time|presidential|majority|minority|whip|ministry|intelligence|national|security|adviser|advisor|commissioner|officer|official|lieutenant|captain|colonel|sergeant|assistant|associate|executive|managing|editor|host|anchor|supreme|court|united|kingdom|states)$/i;

export interface SourceMention {
  span: Span;
  text: string;
  kind: SourceKind;
}

/** The personal name inside a source: "Albanian Prime Minister Edi Rama" → "Edi Rama". */
export function personalName(text: string): string | undefined {
  // "Priya Natarajan, a hydrologist at Lakeside University": the name is before the comma.
  const head = text.split(',')[0];
  const words = head.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  let end = words.length;
  while (end > 0 && !/^\p{Lu}/u.test(words[end - 1])) end--;
  let start = end;
  while (start > 0 && /^\p{Lu}|^(?:de|da|van|von|bin|al|el|la|le|di|du)$/u.test(words[start - 1])) start--;
  while (start < end && (TITLE.test(words[start]) || isDemonym(words[start]))) start++;
  // A name ends with a capitalised word; particles and titles alone are no name.
  const name = words.slice(start, end);
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0])) return undefined;
  return name.join(' ');
}

export interface NameMention { name: string; span: Span }

/** Capitalised word runs of two or more words: candidate full names, in text order. Found once per document. */
export function fullNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  const re = /\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+)+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = personalName(m[0]);
    if (name && name.includes(' ')) out.push({ name, span: { start: m.index + m[0].length - name.length, end: m.index + m[0].length } });
  }
  return out;
}

/** How far back an antecedent is looked for: coreference in news stays within a few paragraphs, and long texts stay linear. */
const LOOKBACK = 200;

/** The names that end before `offset`, nearest first (at most LOOKBACK of them). */
function* namesBefore(names: NameMention[], offset: number): Generator<NameMention> {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid].span.end <= offset) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0 && i >= lo - LOOKBACK; i--) yield names[i];
}

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
export function resolveSpeakers(mentions: (SourceMention | undefined)[], names: NameMention[]): Resolved[] {
  const out: Resolved[] = [];
  const earlier: { mention: SourceMention; speaker: Speaker; kind: SourceKind }[] = [];
  const ordered = mentions.map((m, i) => ({ m, i })).sort((a, b) => (a.m?.span.start ?? 0) - (b.m?.span.start ?? 0));
  const results = new Array<Resolved>(mentions.length);
  for (const { m, i } of ordered) {
    if (!m) { results[i] = {}; continue; }
    const r = resolveOne(names, m, earlier);
    results[i] = r;
    if (r.speaker && r.kind && r.kind !== 'pronoun') earlier.push({ mention: m, speaker: r.speaker, kind: r.kind });
  }
  out.push(...results);
  return out;
}

interface Earlier { mention: SourceMention; speaker: Speaker; kind: SourceKind }

/** Earlier resolved sources, nearest first (they were pushed in text order). */
function* nearestFirst(earlier: Earlier[], offset: number): Generator<Earlier> {
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - LOOKBACK; i--) if (earlier[i].mention.span.start < offset) yield earlier[i];
}

function find<T>(items: Iterable<T>, ok: (x: T) => boolean): T | undefined {
  for (const x of items) if (ok(x)) return x;
  return undefined;
}

function resolveOne(names: NameMention[], m: SourceMention, earlier: Earlier[]): Resolved {
  const word = m.text.trim();
  const before = () => nearestFirst(earlier, m.span.start);
  if (m.kind === 'pronoun') {
    const want: SourceKind[] | undefined = PERSON_PRONOUN.test(word) ? ['person']
      : THING_PRONOUN.test(word) ? ['organization', 'media', 'document']
        : PLURAL_PRONOUN.test(word) ? ['organization', 'anonymous', 'vague', 'media'] : undefined;
    // A possessor ("Tehran’s claim") is seldom what a later pronoun points back to.
    const hit = want && find(before(), (e) => want.includes(e.kind) && !/['’]s$/.test(e.mention.text));
    if (hit) return { speaker: { name: hit.speaker.name, from: hit.speaker.from ?? hit.mention.span }, kind: hit.kind };
    if (PERSON_PRONOUN.test(word)) {
      const last = namesBefore(names, m.span.start).next();
      if (!last.done) return { speaker: { name: last.value.name, from: last.value.span }, kind: 'person' };
    }
    return { kind: 'pronoun' };
  }
  const definite = /^the\s+(\p{L}+)(?:[’']s)?$/iu.exec(word);
  if (definite) {
    // "the ministry" → "the Iranian intelligence ministry"; "the mayor" → "Mayor Elena Varga".
    const head = definite[1].toLowerCase();
    const hit = find(before(), (e) => {
      const t = e.mention.text.toLowerCase();
      return t.split(/\s+/).length > 2 && (t.endsWith(' ' + head) || (e.kind === 'person' && TITLE.test(head) && new RegExp(`\\b${head}\\b`).test(t)));
    });
    if (hit) return { speaker: { name: hit.speaker.name, from: hit.speaker.from ?? hit.mention.span }, kind: hit.kind };
  }
  if (m.kind === 'person') {
    const name = personalName(m.text) ?? m.text.trim();
    if (!name.includes(' ')) {
      const earlierSource = find(before(), (e) => e.speaker.name.endsWith(' ' + name));
      const fromSource = earlierSource && { name: earlierSource.speaker.name, from: earlierSource.speaker.from ?? earlierSource.mention.span };
      const fromText = fromSource ? undefined : find(namesBefore(names, m.span.start), (n) => n.name.endsWith(' ' + name));
      const full = fromSource ?? (fromText && { name: fromText.name, from: fromText.span });
      if (full) return { speaker: { name: full.name, from: full.from }, kind: 'person' };
    }
    return { speaker: { name }, kind: 'person' };
  }
  return { speaker: { name: word.replace(/[’']s$/, '') }, kind: m.kind };
}
