import { splitBlocks } from './blocks';
import { cueKindOf, cueLemma } from './cueKind';
import { Doc, prepare } from './document';
import { extractAttributions, RawAttribution, Taggers } from './extract';
import { fnv1a } from './fnv';
import { claimIds } from './id';
import { defaultTaggers } from './models';
import { findSignals } from './signals';
import { sourceKindOf } from './sourceKind';
import { fullNames, NameMention, resolveSpeakers } from './speaker';
import type { Analysis, AnalyzeOptions, Claim, QuoteKind, Signal, SourceKind, Span } from './types';

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** One attribution of a block, with what can be derived from the block alone (offsets relative to the block). */
interface Found {
  cue: Span;
  source?: Span;
  content: Span[];
  quoted: Exclude<QuoteKind, 'according-to'>;
  cueText: string;
  sourceText?: string;
  contentText: string;
  lemma: string;
  kind: SourceKind;
  signals: Signal[];
}

/** What a block of text yields: reusable wherever the same text recurs. */
export interface BlockResult {
  sentences: number;
  found: Found[];
  /** Candidate full names in the block, for speaker resolution. */
  names: NameMention[];
}

/**
 * Finds the attributed claims of a text. Pure and deterministic: the same
 * text and options always give the same claims, with UTF-16 offsets.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, taggers: Taggers = defaultTaggers()): Analysis {
  return new Analyzer(taggers, 0).analyze(text, options);
}

/**
 * The engine with a cache of block results keyed by the block's text, for an
 * editor that re-analyses after every keystroke: only changed blocks are
 * tagged again. Classification and speaker resolution always see the whole text.
 */
export class Analyzer {
  private cache = new Map<string, BlockResult>();

  constructor(private readonly taggers: Taggers = defaultTaggers(), private readonly cacheSize = 4096) {}


  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const steps = this.steps(text, options);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /**
   * The same analysis in slices: yields to the event loop whenever a slice has
   * run `sliceMs`, and gives up (undefined) as soon as `cancelled()` says a
   * newer text has come.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions & { sliceMs?: number; cancelled?: () => boolean; onSlice?: (ms: number) => void } = {}): Promise<Analysis | undefined> {
    const { sliceMs = 20, cancelled, onSlice } = options;
    const steps = this.steps(text, options);
    let t0 = now();
    for (;;) {
      const r = steps.next();
      if (r.done) {
        onSlice?.(now() - t0);
        return r.value;
      }
      if (now() - t0 >= sliceMs) {
        onSlice?.(now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled?.()) return undefined;
        t0 = now();
      }
    }
  }

  /** The analysis as a generator that pauses after each block and each batch of claims. */
  private *steps(text: string, options: AnalyzeOptions): Generator<void, Analysis> {
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) throw new RangeError(`text is ${text.length} characters long, over the limit of ${max}`);
    const raw: Found[] = [];
    const names: NameMention[] = [];
    let sentences = 0;
    const used = new Map<string, BlockResult>();
    for (const b of this.blocksOf(text)) {
      const block = text.slice(b.start, b.end);
      const key = `${fnv1a(block).toString(36)}:${block.length}`;
      let result = used.get(key) ?? this.cache.get(key);
      if (!result) {
        result = analyzeBlock(block, this.taggers);
        yield;
      }
      used.set(key, result);
      sentences += result.sentences;
      const shift = (s: Span) => ({ start: s.start + b.start, end: s.end + b.start });
      for (const f of result.found) {
        raw.push({ ...f, cue: shift(f.cue), source: f.source && shift(f.source), content: f.content.map(shift), signals: f.signals.map((g) => ({ ...g, span: shift(g.span) })) });
      }
      for (const n of result.names) names.push({ name: n.name, span: shift(n.span) });
    }
    if (this.cacheSize) this.cache = used.size <= this.cacheSize ? used : new Map();
    yield;
    return { claims: toClaims(raw, names), sentences };
  }

  /** Blocks to analyse: one per independent stretch of paragraphs. */
  protected blocksOf(text: string): Span[] {
    return splitBlocks(text);
  }
}

/** Tags, repairs and measures the quotation share of one block's attributions. */
export function analyzeBlock(block: string, taggers: Taggers): BlockResult {
  const doc = prepare(block);
  const found = extractAttributions(doc, taggers).map((a): Found => {
    const cueText = block.slice(a.cue.start, a.cue.end);
    const sourceText = a.source ? block.slice(a.source.start, a.source.end) : undefined;
    return {
      cue: a.cue, source: a.source, content: a.content, quoted: quotedShare(doc, a),
      cueText, sourceText, contentText: slice(block, a.content), lemma: cueLemma(cueText), kind: sourceKindOf(sourceText),
      signals: findSignals(block, a.content),
    };
  });
  return { sentences: doc.sentences.length, found, names: fullNames(block) };
}

function slice(text: string, spans: Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}

/** How much of the content stands inside quotation marks. */
function quotedShare(doc: Doc, a: RawAttribution): Exclude<QuoteKind, 'according-to'> {
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

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Claims of the whole text: speakers are resolved across blocks, ids made unique across the text. */
function toClaims(raw: Found[], names: NameMention[]): Claim[] {
  const speakers = resolveSpeakers(raw.map((f) => (f.source && f.sourceText ? { span: f.source, text: f.sourceText, kind: f.kind } : undefined)), names);
  const claims = raw.map((f, i): Omit<Claim, 'id'> => {
    const spans = [f.cue, ...(f.source ? [f.source] : []), ...f.content];
    const resolved = speakers[i];
    return {
      cue: [f.cue],
      source: f.source,
      content: f.content,
      range: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
      cueText: f.cueText,
      sourceText: f.sourceText,
      contentText: f.contentText,
      speaker: resolved.speaker,
      sourceKind: resolved.kind ?? f.kind,
      cueKind: cueKindOf(f.lemma, f.cueText),
      cueLemma: f.lemma,
      quoteKind: f.lemma === 'according to' ? 'according-to' : f.quoted,
      signals: f.signals,
    };
  });
  const ids = claimIds(claims.map((c) => `${c.sourceText ?? ''}\u0000${c.cueText}\u0000${c.contentText}`));
  return claims.map((c, i) => ({ id: ids[i], ...c }));
}
