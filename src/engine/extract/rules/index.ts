import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { POSSESSED_CUES } from '../reportingVerbs';
import { stem } from '../../lexicon/stem';
import { contentsBySentence, lowerBound, sentenceFacts, type SentenceContents, type SentenceFacts } from './indexes';

/**
 * Deterministic repairs of the taggers' output for constructions whose form
 * fixes the answer: the source of "according to X", the possessor of
 * "X's claim", "told" without its addressee, and quotations that go on after
 * "…,” he said.".
 */
export function applyRules(doc: FeatureDoc, found: RawAttribution[]): RawAttribution[] {
  const facts = sentenceFacts(doc, found);
  const fixed = found.map((a) => completeSource(doc, relativeContent(doc, clauseBefore(doc, possessiveSource(doc, accordingTo(doc, trimTold(doc, a))), facts))));
  const shared = sharedSubjects(doc, fixed).map((a) => subjectBefore(doc, a));
  // Only attributions with several content spans can hold a foreign fragment.
  const contents = shared.some((a) => a.content.length > 1) ? contentsBySentence(doc, shared) : new Map();
  return shared.map((a) => trimPunctuation(doc, continueQuote(doc, dropForeignFragments(doc, a, contents), shared)));
}

/**
 * “Q,” she said — a fragment in another sentence that is the content of that
 * sentence's own attribution is not this claim's.
 */
function dropForeignFragments(doc: FeatureDoc, a: RawAttribution, contents: SentenceContents): RawAttribution {
  if (a.content.length < 2) return a;
  const { tokens } = doc;
  const own = tokens[a.cueFirst].sentence;
  const kept = a.content.filter((f) => {
    const i = tokenAt(doc, f.start);
    if (i < 0 || tokens[i].sentence === own) return true;
    // a's own contents are listed under its own sentence, never under this one.
    const there = contents.get(tokens[i].sentence);
    if (!there) return true;
    // Spans starting before f ends; one of them overlaps f when the furthest of their ends passes f's start.
    const n = lowerBound(there.starts, f.end);
    return !(n > 0 && there.reach[n - 1] > f.start);
  });
  return kept.length === a.content.length || kept.length === 0 ? a : { ...a, content: kept };
}

/**
 * Unquoted content ends before a trailing comma, semicolon or colon (PolNeAR
 * train: 105 of 17,606 unquoted contents keep one); a quotation keeps its own
 * punctuation inside the marks.
 */
function trimPunctuation(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  let changed = false;
  const content = a.content.map((c) => {
    let end = c.end;
    while (end > c.start + 1 && /[,;:]/.test(doc.text[end - 1]) && !/[”"’]/.test(doc.text[end - 2])) end--;
    while (end > c.start && /\s/.test(doc.text[end - 1])) end--;
    if (end === c.end) return c;
    changed = true;
    return { start: c.start, end };
  });
  return changed ? { ...a, content } : a;
}

const span = (doc: FeatureDoc, first: number, last: number) => ({ start: doc.tokens[first].start, end: doc.tokens[last - 1].end });
const isStop = (text: string) => /^[,.;:!?()\[\]—–]$/.test(text) || text === '...' || text === '…';

/** "told Reuters" → "told": the addressee is not part of the cue. */
function trimTold(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  if (a.cueLast - a.cueFirst < 2 || stem(doc.tokens[a.cueFirst].lower) !== 'tell') return a;
  return { ...a, cueLast: a.cueFirst + 1, cue: span(doc, a.cueFirst, a.cueFirst + 1) };
}

/** "according to X, Y" and "Y, according to X": the source is the phrase after the cue. */
function accordingTo(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (tokens[a.cueFirst].lower !== 'according' || a.cueLast - a.cueFirst !== 2) return a;
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let out = a;
  let end = a.cueLast;
  while (end < sentence.last && end - a.cueLast < 15 && !isStop(tokens[end].text) && doc.quoteOf[end] < 0) end++;
  if (end === a.cueLast) return a;
  const source = span(doc, a.cueLast, end);
  out = { ...out, source, sourceFirst: a.cueLast, sourceLast: end };
  {
    let first: number;
    let last: number;
    if (a.cueFirst === sentence.first) {
      // According to X, Y.
      first = end;
      while (first < sentence.last && tokens[first].text === ',') first++;
      last = sentence.last;
    } else {
      // Y, according to X.
      first = sentence.first;
      last = a.cueFirst;
      while (last > first && tokens[last - 1].text === ',') last--;
    }
    while (last > first && /^[.!?]$/.test(tokens[last - 1].text)) last--;
    out = { ...out, content: last > first ? [span(doc, first, last)] : [] };
  }
  return out;
}


/** "Tehran’s claim that …", "the mayor's claim": the possessor is the source. */
function possessiveSource(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.cueLast - a.cueFirst !== 1 || !POSSESSED_CUES.has(tokens[a.cueFirst].lower)) return a;
  const owner = a.cueFirst - 1;
  if (owner < 0 || !/['’]s$|s['’]$|^(his|her|their|its)$/i.test(tokens[owner].text)) return a;
  const sentenceFirst = doc.sentences[tokens[owner].sentence].first;
  // "’s" is a token of its own: the owner's head word stands before it.
  let first = /^['’]s$|^['’]$/.test(tokens[owner].text) && owner > sentenceFirst ? owner - 1 : owner;
  while (first > sentenceFirst && owner - first < 6 && /^\p{Lu}/u.test(tokens[first - 1].text) && tokens[first - 1].kind === 'word') first--;
  if (first > sentenceFirst && /^(the|a|an)$/i.test(tokens[first - 1].text)) first--;
  return { ...a, source: span(doc, first, owner + 1), sourceFirst: first, sourceLast: owner + 1 };
}

/**
 * “Q1,” he said. “Q2 …” — a quotation that follows the attributed sentence,
 * has no speaker of its own and starts with an opening mark continues the
 * same speaker's content (also over paragraphs, newspaper style).
 */
function continueQuote(doc: FeatureDoc, a: RawAttribution, all: RawAttribution[]): RawAttribution {
  const { tokens, sentences, quotes, quoteOf } = doc;
  if (a.content.length === 0) return a;
  const firstContent = tokenAt(doc, a.content[0].start);
  if (firstContent < 0 || quoteOf[firstContent] < 0) return a;
  const cueSentence = sentences[tokens[a.cueFirst].sentence];
  const next = cueSentence.last;
  const contentEnd = a.content[a.content.length - 1].end;
  if (next >= tokens.length || tokens[next].start < contentEnd) return a;
  const region = quoteOf[next] >= 0 ? quotes[quoteOf[next]] : undefined;
  if (!region || region.open !== next) return a;
  const regionSpan = span(doc, region.open, region.close + 1);
  // Another attribution inside (or attached to) the quotation owns it (`all` is in cue order).
  const until = tokenEndOfSentence(doc, region.close);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].cue.start < regionSpan.start) lo = mid + 1;
    else hi = mid;
  }
  while (lo < all.length && all[lo] === a) lo++;
  if (lo < all.length && all[lo].cue.start <= until) return a;
  return { ...a, content: [...a.content, regionSpan] };
}

function tokenEndOfSentence(doc: FeatureDoc, i: number): number {
  return doc.sentences[doc.tokens[i].sentence].end;
}

function tokenAt(doc: FeatureDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const DANGLING = /^(a|an|the|this|that|these|those|of|by|from|for|and|or|at|in|on|with|to)$/i;

/**
 * "a report by Iranian state television reiterated": a source cut off after a
 * determiner or preposition runs on to the cue.
 */
function completeSource(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.sourceFirst === undefined || a.sourceLast === undefined || a.sourceLast > a.cueFirst) return a;
  if (!DANGLING.test(tokens[a.sourceLast - 1].text)) return a;
  let last = a.sourceLast;
  while (last < a.cueFirst && tokens[last].kind !== 'punct') last++;
  if (last !== a.cueFirst) return a;
  return { ...a, source: span(doc, a.sourceFirst, last), sourceLast: last };
}

const SUBORDINATOR = /^(after|before|when|as|while|because|since|although|though|until|once)$/;
const RELATIVE = /^(which|that|who|what|something|whom)$/i;

/**
 * "…, which Tehran says amounts to …": the relative pronoun is not part of the
 * content; when it is all the tagger found, the content is the clause after the cue.
 */
function relativeContent(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  const only = (c: { start: number; end: number }) => {
    const i = tokenAt(doc, c.start);
    return i >= 0 && tokens[i].end === c.end && RELATIVE.test(tokens[i].text);
  };
  const kept = a.content.filter((c) => !only(c));
  if (kept.length === a.content.length) return a;
  if (kept.length > 0) return { ...a, content: kept };
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let last = a.cueLast;
  while (last < sentence.last && !/^[,;.:!?]$/.test(tokens[last].text)) last++;
  return { ...a, content: last > a.cueLast ? [span(doc, a.cueLast, last)] : [] };
}

/**
 * sharedSubject for each attribution (in cue order), given the last earlier
 * one with a source in the same sentence and a cue that starts before it.
 */
function sharedSubjects(doc: FeatureDoc, fixed: RawAttribution[]): RawAttribution[] {
  const lastWithSource = new Map<number, RawAttribution>();
  const out: RawAttribution[] = [];
  for (let i = 0; i < fixed.length; ) {
    // Attributions whose cues start at the same token do not see each other.
    let j = i;
    while (j < fixed.length && fixed[j].cueFirst === fixed[i].cueFirst) j++;
    const sentence = doc.tokens[fixed[i].cueFirst].sentence;
    for (let k = i; k < j; k++) out.push(sharedSubject(doc, fixed[k], lastWithSource.get(sentence)));
    for (let k = i; k < j; k++) if (fixed[k].source) lastWithSource.set(sentence, fixed[k]);
    i = j;
  }
  return out;
}

/**
 * "He said …, warning Paris …", "after accusing it of …": a participle with no
 * subject of its own shares the subject of its clause.
 */
function sharedSubject(doc: FeatureDoc, a: RawAttribution, prev: RawAttribution | undefined): RawAttribution {
  const { tokens } = doc;
  if (a.source || !/ing$/.test(tokens[a.cueFirst].lower)) return a;
  const sentence = tokens[a.cueFirst].sentence;
  if (prev) return { ...a, source: prev.source, sourceFirst: prev.sourceFirst, sourceLast: prev.sourceLast };
  // The subject of the clause it hangs from: "after Tirana cut ties … after accusing it".
  const first = doc.sentences[sentence].first;
  for (let i = a.cueFirst - 2; i > first; i--) {
    if (!SUBORDINATOR.test(tokens[i - 1].lower) || !/^\p{Lu}/u.test(tokens[i].text) || tokens[i].kind !== 'word') continue;
    let last = i + 1;
    while (last < a.cueFirst && /^\p{Lu}/u.test(tokens[last].text) && tokens[last].kind === 'word') last++;
    return { ...a, source: span(doc, i, last), sourceFirst: i, sourceLast: last };
  }
  return a;
}

const VERB_CLASSES = new Set(['PastTense', 'PresentTense', 'Verb', 'PerfectTense', '-ed', '-s']);
const NOT_SUBJECT = /^(?:that|which|who|whom|what|and|or|but|if|when|while|as|because|to|not|it's)$/;

/**
 * "On Sunday, a report by Iranian state television reiterated …": a finite
 * verb cue with no source found takes the words between the last clause break
 * and the verb as its subject, when they are few and plainly a noun phrase.
 */
function subjectBefore(doc: FeatureDoc, a: RawAttribution): RawAttribution {
  const { tokens } = doc;
  if (a.source || a.cueFirst === 0 || !VERB_CLASSES.has(doc.hashes.classes[a.cueFirst])) return a;
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  let first = a.cueFirst;
  while (first > sentence.first && tokens[first - 1].kind !== 'punct' && a.cueFirst - first < 8) first--;
  if (first === a.cueFirst || (first > sentence.first && !/^[,;:—–]$/.test(tokens[first - 1].text))) return a;
  for (let i = first; i < a.cueFirst; i++) if (NOT_SUBJECT.test(tokens[i].lower) || VERB_CLASSES.has(doc.hashes.classes[i])) return a;
  if (!(/^(?:a|an|the)$/.test(tokens[first].lower) || /^\p{Lu}/u.test(tokens[first].text)) || doc.quoteOf[first] >= 0) return a;
  const start = tokens[first].start;
  if (a.content.some((c) => c.start < tokens[a.cueFirst].start && c.end > start)) return a; // the tagger read those words as content
  return { ...a, source: span(doc, first, a.cueFirst), sourceFirst: first, sourceLast: a.cueFirst };
}

/**
 * "French officials need to …, spokesman Nasser Kanani said": content before a
 * post-posed source runs from the start of the sentence.
 */
function clauseBefore(doc: FeatureDoc, a: RawAttribution, facts: SentenceFacts): RawAttribution {
  const { tokens } = doc;
  if (a.content.length !== 1 || a.sourceFirst === undefined || a.sourceFirst > a.cueFirst) return a;
  const c = a.content[0];
  const sentence = doc.sentences[tokens[a.cueFirst].sentence];
  const first = tokenAt(doc, c.start);
  if (first <= sentence.first || c.end > tokens[a.sourceFirst].start) return a;
  // Only the comma between content and source: "Y, X said".
  const between = doc.text.slice(c.end, tokens[a.sourceFirst].start).trim();
  if (between !== ',' && between !== ',”' && between !== ',"') return a;
  // No colon or semicolon, and no other cue, between the sentence's start and the content.
  if (facts.clauseMarks[first] - facts.clauseMarks[sentence.first] > 0) return a;
  const cues = lowerBound(facts.cueStarts, first) - lowerBound(facts.cueStarts, sentence.first);
  const own = a.cueFirst >= sentence.first && a.cueFirst < first ? 1 : 0;
  if (cues - own > 0) return a;
  return { ...a, content: [{ start: tokens[sentence.first].start, end: c.end }] };
}
