import { KeyedBlock, updateBlockSteps } from './text/blocks';
import { cueKindOf, cueLemma } from './classify/cueKind';
import { prepare } from './text/document';
import { drain } from './run/drain';
import { extractionSteps } from './extract/pipeline';
import { now, yieldToEventLoop } from './run/eventLoop';
import { quotedShare } from './classify/quoteKind';
import { baseId, uniqueIds } from './classify/ids';
import type { Models } from './model/models';
import { withFeatures } from './model/wordFeatures';
import { findSignals } from './classify/signals';
import { sourceKindOf } from './classify/sourceKind';
import { TagMemo } from './model/tagMemo';
import { BlockRunner as Runner, detached, Progress, SharedText } from './run/sharedText';
import { fullNames, NameMention, Resolved, resolveSpeakerSteps } from './classify/speakers';
import type { Analysis, AnalyzeOptions, Claim, CueKind, QuoteKind, Signal, SourceKind, Span, Speaker } from './types';

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Analyses blocks elsewhere (worker threads in Node, web workers in the browser). */
export type BlockRunner = Runner<BlockResult>;

/** Below this many characters of new blocks, sharing a text with a runner costs more than it saves. */
const RUNNER_MIN = 100_000;
/** A text this long makes the runner get ready: one that grows past RUNNER_MIN should not wait for it. */
const RUNNER_WARM = 20_000;

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
  cueKind: CueKind;
  kind: SourceKind;
  signals: Signal[];
  /** The claim's id before repeats are told apart (it depends on the text only). */
  baseId: string;
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
export function analyze(text: string, models: Models, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(models, false).analyze(text, options);
}

/**
 * The engine with a cache of block results keyed by the block's text, for an
 * editor that re-analyses after every keystroke: only changed blocks are
 * tagged again. Classification and speaker resolution always see the whole text.
 */
export class Analyzer {
  private cache = new Map<number, BlockResult>();
  /** The claim last built from each block attribution: reused while its place, speaker and id stay the same. */
  private built = new WeakMap<Found, Claim>();
  /** The text analysed last and its blocks, to find the next text's blocks from. */
  private last?: { text: string; blocks: KeyedBlock[] };
  /** The attributions placed last and their speakers: those before the first change keep their speakers. */
  private placed?: { raw: Placed[]; speakers: Resolved[] };

  /** Remembered taggings of sentences and cue windows, when the analyzer remembers. */
  private readonly memo?: TagMemo;

  /**
   * @param remember keep what the last analysis found (blocks, taggings, speakers, claims) for the next one.
   * @param runner analyses large amounts of new text off this thread, when the host can.
   */
  constructor(private readonly models: Models, private readonly remember = true, private readonly runner?: BlockRunner) {
    if (remember) this.memo = new TagMemo();
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    return drain(this.steps(text, options));
  }

  /**
   * The same analysis in slices: yields to the event loop whenever a slice has
   * run `sliceMs`, and gives up (undefined) as soon as `cancelled()` says a
   * newer text has come.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions & { sliceMs?: number; cancelled?: () => boolean; onSlice?: (ms: number) => void } = {}): Promise<Analysis | undefined> {
    const { sliceMs = 20, cancelled, onSlice } = options;
    const runner = this.runner && this.remember && text.length <= (options.maxLength ?? DEFAULT_MAX_LENGTH) ? this.runner : undefined;
    if (runner && text.length >= RUNNER_WARM) runner.warm?.();
    const progress: Progress = { blocks: [], at: 0 };
    let shared: SharedText<BlockResult> | undefined;
    // A long new text: the runner takes it from the end while this thread goes from the start.
    const share = runner && text.length >= RUNNER_MIN ? (blocks: KeyedBlock[]) => {
      const missing = blocks.reduce((n, b) => (this.cache.has(b.key) ? n : n + b.end - b.start), 0);
      if (missing >= RUNNER_MIN) shared = new SharedText(text, progress, (key) => this.cache.has(key), (key, r) => this.cache.set(key, r), runner);
      return shared;
    } : undefined;
    try {
      const steps = this.steps(text, options, progress, share);
      let t0 = now();
      for (;;) {
        const r = steps.next();
        if (r.done) {
          onSlice?.(now() - t0);
          return r.value;
        }
        const waiting = r.value;
        if (!waiting && now() - t0 < sliceMs) continue;
        onSlice?.(now() - t0);
        shared?.poll();
        await (waiting ?? yieldToEventLoop());
        if (cancelled?.()) return undefined;
        t0 = now();
      }
    } finally {
      shared?.stop();
    }
  }

  /**
   * The analysis as a generator that pauses after each sentence analysed and
   * each batch of claims (and while it cuts a long text into blocks).
   * `progress` tells where it is: the text's blocks and the one being
   * analysed. `share`, given the blocks, may share them with a runner: a block
   * the runner has in hand is waited for, the step yielding the promise of it.
   */
  private *steps(text: string, options: AnalyzeOptions, progress: Progress = { blocks: [], at: 0 }, share?: (blocks: KeyedBlock[]) => SharedText<BlockResult> | undefined): Generator<Promise<void> | void, Analysis> {
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > max) throw new RangeError(`text is ${text.length} characters long, over the limit of ${max}`);
    const raw: Placed[] = [];
    const names: NameMention[] = [];
    let sentences = 0;
    const used = new Map<number, BlockResult>();
    const blocks = yield* updateBlockSteps(this.last, text);
    progress.blocks = blocks;
    if (this.remember) this.last = { text, blocks };
    const shared = share?.(blocks);
    let assembled = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      progress.at = i;
      const key = b.key;
      let result = used.get(key) ?? this.cache.get(key);
      const waiting = result ? undefined : shared?.waitFor(i);
      if (waiting) {
        yield waiting;
        result = this.cache.get(key);
      }
      if (!result) {
        result = yield* blockSteps(detached(text, b.start, b.end), this.models, this.memo);
        yield;
      } else if ((assembled += 1 + result.found.length) >= ASSEMBLED_PER_STEP) {
        assembled = 0;
        yield; // a long text of cached blocks is assembled in slices too
      }
      used.set(key, result);
      sentences += result.sentences;
      for (const f of result.found) raw.push({ f, at: b.start });
      for (const n of result.names) names.push({ name: n.name, span: { start: n.span.start + b.start, end: n.span.end + b.start } });
    }
    // The cache holds exactly the blocks of the text just analysed: memory in proportion to the document.
    if (this.remember) this.cache = used;
    yield;
    const previous = this.placed;
    let same = 0;
    while (previous && same < raw.length && same < previous.raw.length && raw[same].f === previous.raw[same].f && raw[same].at === previous.raw[same].at) same++;
    const speakers = yield* resolveSpeakerSteps(
      raw.map(({ f, at }) => (f.source && f.sourceText ? { span: shift(f.source, at), text: f.sourceText, kind: f.kind } : undefined)),
      names, CLAIMS_PER_STEP, this.models.lexicon, previous?.speakers.slice(0, same));
    if (this.remember) this.placed = { raw, speakers };
    return { claims: yield* toClaims(raw, speakers, this.built), sentences };
  }
}

/** Tags, repairs and measures the quotation share of one block's attributions. */
export function analyzeBlock(block: string, models: Models): BlockResult {
  return drain(blockSteps(block, models));
}

/** Cached blocks plus their attributions gathered between two pauses. */
const ASSEMBLED_PER_STEP = 2_000;

/** Attributions of a block classified between two pauses. */
const FOUND_PER_STEP = 64;

/** analyzeBlock as a generator that pauses after each sentence. */
function* blockSteps(block: string, models: Models, memo?: TagMemo): Generator<void, BlockResult> {
  const doc = withFeatures(prepare(block), models.lexicon);
  const attributions = yield* extractionSteps(doc, models, memo);
  const found: Found[] = [];
  for (const a of attributions) {
    const cueText = block.slice(a.cue.start, a.cue.end);
    const sourceText = a.source ? block.slice(a.source.start, a.source.end) : undefined;
    const contentText = slice(block, a.content);
    const lemma = cueLemma(cueText);
    found.push({
      cue: a.cue, source: a.source, content: a.content, quoted: quotedShare(doc, a),
      cueText, sourceText, contentText, lemma, cueKind: cueKindOf(lemma, cueText), kind: sourceKindOf(sourceText, models.lexicon),
      signals: findSignals(block, a.content), baseId: baseId(`${sourceText ?? ''}\u0000${cueText}\u0000${contentText}`),
    });
    // A block of many claims (a transcript, or a hostile text) is classified in slices too.
    if (found.length % FOUND_PER_STEP === 0) yield;
  }
  return { sentences: doc.sentences.length, found, names: fullNames(block, models.lexicon) };
}

function slice(text: string, spans: Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}


/** A block's attribution and where its block starts in the text. */
interface Placed {
  f: Found;
  at: number;
}

/** Claims built between two pauses of the final pass. */
const CLAIMS_PER_STEP = 500;

const shift = (s: Span, at: number): Span => ({ start: s.start + at, end: s.end + at });

/**
 * Claims of the whole text, with the speakers resolved across blocks; ids are
 * made unique across the text. A generator that pauses every CLAIMS_PER_STEP claims.
 * A claim built before from the same attribution, at the same place, with the
 * same speaker and id, is reused as it is.
 */
function* toClaims(raw: Placed[], speakers: Resolved[], built: WeakMap<Found, Claim>): Generator<void, Claim[]> {
  const ids = uniqueIds(raw.map((p) => p.f.baseId));
  const claims: Claim[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    const { f, at } = raw[i];
    const resolved = speakers[i];
    const sourceKind = resolved.kind ?? f.kind;
    const before = built.get(f);
    if (before && before.id === ids[i] && before.cue[0].start === f.cue.start + at && before.sourceKind === sourceKind && sameSpeaker(before.speaker, resolved.speaker)) {
      claims.push(before);
      continue;
    }
    const cue = shift(f.cue, at);
    const source = f.source && shift(f.source, at);
    const content = f.content.map((c) => shift(c, at));
    let start = cue.start;
    let end = cue.end;
    for (const s of source ? [source, ...content] : content) {
      if (s.start < start) start = s.start;
      if (s.end > end) end = s.end;
    }
    const claim: Claim = {
      id: ids[i],
      cue: [cue],
      source,
      content,
      range: { start, end },
      cueText: f.cueText,
      sourceText: f.sourceText,
      contentText: f.contentText,
      speaker: resolved.speaker,
      sourceKind,
      cueKind: f.cueKind,
      cueLemma: f.lemma,
      quoteKind: f.lemma === 'according to' ? 'according-to' : f.quoted,
      signals: f.signals.map((g) => ({ ...g, span: shift(g.span, at) })),
    };
    built.set(f, claim);
    claims.push(claim);
  }
  return claims;
}

function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.from?.start === b.from?.start && a.from?.end === b.from?.end;
}
