/**
 * The engine's one entry: text in, attributed claims out, with exact UTF-16
 * offsets. Pure: no host, no file system, no module state; everything it
 * knows comes in as a Models value, decoded once from the model files the
 * host reads. Everything outside src/engine imports from here (training and
 * evaluation also from ./training).
 */
import { analyze as analyzeWith, analyzeBlock as analyzeBlockWith, Analyzer, type BlockResult, type BlockRunner } from './analyzer';
import { decodeModels, type ModelFiles, type Models } from './model/models';
import type { Analysis, AnalyzeOptions } from './types';

export interface Engine {
  readonly models: Models;
  /** The claims of a text. The same text and options always give the same claims. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * An analyzer for a text that changes (an editor's document): it keeps the
   * blocks, taggings and claims of the last version, re-analyses only what
   * changed, can work in slices and share a long text with a runner (workers).
   */
  createAnalyzer(runner?: BlockRunner): Analyzer;
  /** One block of text, as a worker analyses it for an Analyzer elsewhere. */
  analyzeBlock(block: string): BlockResult;
}

/** The engine over decoded models. */
export function engineOf(models: Models): Engine {
  return {
    models,
    analyze: (text, options) => analyzeWith(text, models, options),
    createAnalyzer: (runner) => new Analyzer(models, true, runner),
    analyzeBlock: (block) => analyzeBlockWith(block, models),
  };
}

/** The engine over the model files' bytes (`models/cue.bin`, `models/role.bin`). */
export function createEngine(files: ModelFiles): Engine {
  return engineOf(decodeModels(files));
}

export { Analyzer, DEFAULT_MAX_LENGTH, type BlockResult, type BlockRunner } from './analyzer';
export { MODEL_FILES, type ModelFiles, type Models } from './model/models';
export { CLAIM_TYPES } from './types';
export type { Analysis, AnalyzeOptions, Claim, ClaimType, CueKind, QuoteKind, Signal, SignalKind, SourceKind, Span, Speaker } from './types';
export { speakerOf, unquoted } from './claimText';
export { splitBlocks } from './text/blocks';
export { excerpt, lineIndex } from './text/lines';
export { offsetMap } from './text/offsets';
export { canonical, hash } from './classify/ids';
export { drain } from './run/steps';
export { inSlices, now } from './run/eventLoop';
export { sortSteps } from './run/sortSteps';
export { ENGINE_REVISION, engineVersion } from './version';
