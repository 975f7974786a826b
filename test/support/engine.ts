import { join } from 'node:path';
import type { AnalyzeOptions } from '../../src/engine/index';
import { loadEngine } from '../../src/hosts/node/loadEngine';
import { ROOT } from './root';

/** The engine with the shipped models (models/), loaded once per test file. */
export const engine = loadEngine(join(ROOT, 'models'));
export const models = engine.models;
export const lexicon = engine.models.lexicon;

export const analyze = (text: string, options?: AnalyzeOptions) => engine.analyze(text, options);
