import type { AnalyzeOptions } from '../../src/engine/index';
import { loadEngine } from '../../src/hosts/node/loadEngine';

/** The engine with the shipped models, loaded once per test file. */
export const engine = loadEngine();
export const models = engine.models;
export const lexicon = engine.models.lexicon;

export const analyze = (text: string, options?: AnalyzeOptions) => engine.analyze(text, options);
