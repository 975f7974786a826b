import type { Analysis, Engine } from '../engine/index';
import { type Format, formatOfPath, mapAnalysis, toProse } from '../formats/index';

/**
 * The claims of a file read in its format (`input`, else by its extension):
 * the engine reads the prose, and every span is mapped back to the file.
 * Plain text is analysed as it is.
 */
export function analyzeFile(engine: Engine, file: string, text: string, input?: Format): Analysis {
  const format = input ?? formatOfPath(file);
  if (format === 'text') return engine.analyze(text);
  const { prose, map } = toProse(text, format);
  return mapAnalysis(engine.analyze(prose), map);
}
