import { cueKindOf, cueLemma } from './cueKind';
import { Doc, prepare } from './document';
import { extractAttributions, RawAttribution, Taggers } from './extract';
import { claimIds } from './id';
import { defaultTaggers } from './models';
import { findSignals } from './signals';
import { sourceKindOf } from './sourceKind';
import { resolveSpeakers } from './speaker';
import type { Analysis, AnalyzeOptions, Claim, QuoteKind, Span } from './types';

export const DEFAULT_MAX_LENGTH = 5_000_000;

/**
 * Finds the attributed claims of a text. Pure and deterministic: the same
 * text and options always give the same claims, with UTF-16 offsets.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, taggers: Taggers = defaultTaggers()): Analysis {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max) throw new RangeError(`text is ${text.length} characters long, over the limit of ${max}`);
  const doc = prepare(text);
  const raw = extractAttributions(doc, taggers);
  return { claims: toClaims(doc, raw), sentences: doc.sentences.length };
}

function slice(text: string, spans: Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}

function quoteKindOf(doc: Doc, a: RawAttribution, lemma: string): QuoteKind {
  if (lemma === 'according to') return 'according-to';
  let quoted = 0;
  let total = 0;
  for (const span of a.content) {
    for (let i = a.cueFirst; i >= 0 && doc.tokens[i].end > span.start; i--) {
      if (doc.tokens[i].start < span.start || doc.tokens[i].end > span.end || doc.tokens[i].kind === 'punct') continue;
      total++;
      if (doc.quoteOf[i] >= 0) quoted++;
    }
    for (let i = a.cueFirst + 1; i < doc.tokens.length && doc.tokens[i].start < span.end; i++) {
      if (doc.tokens[i].start < span.start || doc.tokens[i].kind === 'punct') continue;
      total++;
      if (doc.quoteOf[i] >= 0) quoted++;
    }
  }
  if (total === 0 || quoted === 0) return 'indirect';
  return quoted === total ? 'direct' : 'mixed';
}

function toClaims(doc: Doc, raw: RawAttribution[]): Claim[] {
  const { text } = doc;
  const partial = raw.map((a) => {
    const cueText = text.slice(a.cue.start, a.cue.end);
    const sourceText = a.source ? text.slice(a.source.start, a.source.end) : undefined;
    const lemma = cueLemma(cueText);
    return { a, cueText, sourceText, lemma, kind: sourceKindOf(sourceText) };
  });
  const speakers = resolveSpeakers(text, partial.map((p) => (p.a.source && p.sourceText
    ? { span: p.a.source, text: p.sourceText, kind: p.kind } : undefined)));
  const claims = partial.map((p, i): Omit<Claim, 'id'> => {
    const { a } = p;
    const spans = [a.cue, ...(a.source ? [a.source] : []), ...a.content];
    const resolved = speakers[i];
    return {
      cue: [a.cue],
      source: a.source,
      content: a.content,
      range: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
      cueText: p.cueText,
      sourceText: p.sourceText,
      contentText: slice(text, a.content),
      speaker: resolved.speaker,
      sourceKind: resolved.kind ?? p.kind,
      cueKind: cueKindOf(p.lemma, p.cueText),
      cueLemma: p.lemma,
      quoteKind: quoteKindOf(doc, a, p.lemma),
      signals: findSignals(text, a.content),
    };
  });
  const ids = claimIds(claims.map((c) => `${c.sourceText ?? ''}\u0000${c.cueText}\u0000${c.contentText}`));
  return claims.map((c, i) => ({ id: ids[i], ...c }));
}
