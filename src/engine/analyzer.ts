import { blockSteps, type BlockResult } from './blockAnalysis';
import type { BlockAttribution } from './blockAnalysis';
import { CLAIMS_PER_STEP, shift, toClaims, type PlacedAttribution } from './claims';
import { completeShortNameSteps, type NameMention, resolveSpeakerSteps, type SourceMention, type SpeakerChange, type SpeakerRun } from './classify/speakers';
import type { Models } from './model/models';
import { TagMemo } from './model/tagMemo';
import { drain } from './run/steps';
import { inSlices, type SliceOptions } from './run/eventLoop';
import { type ChunkRunner, detached, type Progress, SharedText } from './run/sharedText';
import { type KeyedBlock, updateBlockSteps } from './text/blocks';
import type { Analysis, AnalyzeOptions, Claim } from './types';

export type { BlockResult } from './blockAnalysis';
export { analyzeBlock } from './blockAnalysis';

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Analyses blocks elsewhere (worker threads in Node, web workers in the browser). */
export type BlockRunner = ChunkRunner<BlockResult>;

/** Below this many characters of new blocks, sharing a text with a runner costs more than it saves. */
const RUNNER_MIN = 100_000;
/** A text this long makes the runner get ready: one that grows past RUNNER_MIN should not wait for it. */
const RUNNER_WARM = 20_000;

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
  private built = new WeakMap<BlockAttribution, Claim>();
  /** The text analysed last and its blocks, to find the next text's blocks from. */
  private last?: { text: string; blocks: KeyedBlock[] };
  /** The attributions placed last and how their speakers were resolved: those the next change cannot touch keep them. */
  private placed?: { raw: PlacedAttribution[]; run: SpeakerRun };

  /** Remembered taggings of sentences and cue windows, when the analyzer remembers. */
  private readonly memo?: TagMemo;

  /**
   * @param remember keep what the last analysis found (blocks, taggings, speakers, claims) for the next one.
   * @param runner analyses large amounts of new text off this thread, when the host can.
   */
  constructor(private readonly models: Models, private readonly remember = true, private readonly runner?: BlockRunner) {
    if (remember) this.memo = new TagMemo();
  }

  /** How many sources after the last change kept their speakers without being resolved again (for tests and the benchmark). */
  get reusedSpeakers(): number {
    return this.placed?.run.reused ?? 0;
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    return drain(this.steps(text, options));
  }

  /**
   * The same analysis in slices: yields to the event loop whenever a slice has
   * run `sliceMs`, and gives up (undefined) as soon as `cancelled()` says a
   * newer text has come.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions & Omit<SliceOptions, 'onPause'> = {}): Promise<Analysis | undefined> {
    const { sliceMs, cancelled, onSlice } = options;
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
      return await inSlices(this.steps(text, options, progress, share), { sliceMs, cancelled, onSlice, onPause: () => shared?.poll() });
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
    const raw: PlacedAttribution[] = [];
    const names: NameMention[] = [];
    let sentences = 0;
    const used = new Map<number, BlockResult>();
    const before = this.last;
    const blocks = yield* updateBlockSteps(before, text);
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
      } else if ((assembled += 1 + result.attributions.length) >= ASSEMBLED_PER_STEP) {
        assembled = 0;
        yield; // a long text of cached blocks is assembled in slices too
      }
      used.set(key, result);
      sentences += result.sentences;
      for (const attribution of result.attributions) raw.push({ attribution, at: b.start });
      for (const n of placedNames(result, b.start)) names.push(n);
    }
    // The cache holds exactly the blocks of the text just analysed: memory in proportion to the document.
    if (this.remember) this.cache = used;
    yield;
    const previous = this.placed;
    let same = 0;
    while (previous && same < raw.length && same < previous.raw.length && raw[same].attribution === previous.raw[same].attribution && raw[same].at === previous.raw[same].at) same++;
    const run = yield* resolveSpeakerSteps(
      raw.map(({ attribution: f, at }) => sourceMention(f, at)),
      names, CLAIMS_PER_STEP, this.models.lexicon, previous && before && changeOf(previous, same, raw, before, blocks, text.length));
    if (this.remember) this.placed = { raw, run };
    return { claims: yield* toClaims(raw, yield* completeShortNameSteps(run.results, names, CLAIMS_PER_STEP), this.built), sentences };
  }
}

/** A placed attribution's source as speaker resolution reads it, kept while its block stays where it is (resolution never changes it). */
function sourceMention(f: BlockAttribution, at: number): SourceMention | undefined {
  if (!f.source || !f.sourceText) return undefined;
  const known = mentions.get(f);
  if (known && known.at === at) return known.m;
  const m: SourceMention = { span: shift(f.source, at), text: f.sourceText, kind: f.sourceKind, inQuote: f.sourceInQuote };
  if (f.antecedent) m.antecedent = { span: shift(f.antecedent.span, at), text: f.antecedent.text, kind: f.antecedent.kind };
  mentions.set(f, { at, m });
  return m;
}
const mentions = new WeakMap<BlockAttribution, { at: number; m: SourceMention }>();

/** A block's names placed where the block stands, kept while it stays there (an edit moves only the blocks after it). */
const placed = new WeakMap<BlockResult, { at: number; names: NameMention[] }>();
function placedNames(result: BlockResult, at: number): NameMention[] {
  const known = placed.get(result);
  if (known && known.at === at) return known.names;
  const names = result.names.map((n) => ({ ...n, span: { start: n.span.start + at, end: n.span.end + at } }));
  placed.set(result, { at, names });
  return names;
}

/**
 * How the text changed since the last analysis, for speaker resolution: the
 * blocks that kept their text and place at the start, those that kept their
 * text at the end (moved by the change in length), and between them the changed part.
 */
function changeOf(previous: { raw: PlacedAttribution[]; run: SpeakerRun }, known: number, raw: PlacedAttribution[], before: { text: string; blocks: KeyedBlock[] }, blocks: KeyedBlock[], length: number): SpeakerChange {
  const old = before.blocks;
  const delta = length - before.text.length;
  let head = 0;
  while (head < blocks.length && head < old.length && blocks[head].key === old[head].key && blocks[head].start === old[head].start) head++;
  let tail = 0;
  const room = Math.min(blocks.length, old.length) - head;
  while (tail < room && blocks[blocks.length - 1 - tail].key === old[old.length - 1 - tail].key && blocks[blocks.length - 1 - tail].start === old[old.length - 1 - tail].start + delta) tail++;
  const start = head < blocks.length ? blocks[head].start : length;
  const end = tail > 0 ? blocks[blocks.length - tail].start : length;
  let moved = 0;
  while (moved < raw.length - known && raw[raw.length - 1 - moved].at >= end) moved++;
  let movedBefore = 0;
  while (movedBefore < previous.raw.length - known && previous.raw[previous.raw.length - 1 - movedBefore].at >= end - delta) movedBefore++;
  // The same attributions at the end, moved: anything else (which should not happen) reuses nothing there.
  let same = moved === movedBefore;
  for (let k = 1; same && k <= moved; k++) same = raw[raw.length - k].attribution === previous.raw[previous.raw.length - k].attribution;
  return { previous: previous.run, known, tail: same ? moved : 0, start, end, delta };
}

/** Cached blocks plus their attributions gathered between two pauses. */
const ASSEMBLED_PER_STEP = 2_000;
