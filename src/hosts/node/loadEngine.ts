import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine, type Engine, engineVersion, type ModelFiles } from '../../engine/index';

/**
 * The model files of models/*.bin, read from beside the running bundle
 * (dist/models) or from the repository's models/ folder (tests, tools), or
 * from `dir`.
 */
function readModels(dir?: string): ModelFiles {
  const candidates = dir ? [dir] : [join(__dirname, 'models'), resolve(__dirname, '..', 'models'), resolve(__dirname, '..', '..', 'models')];
  const found = candidates.find((d) => existsSync(join(d, 'cue.bin')) && existsSync(join(d, 'role.bin')));
  if (!found) throw new Error(`Claim Lens models not found (looked in ${candidates.join(', ')}); run npm run build`);
  return { cue: readFileSync(join(found, 'cue.bin')), role: readFileSync(join(found, 'role.bin')) };
}

/** The engine with the models (see readModels). */
export function loadEngine(dir?: string): Engine {
  return createEngine(readModels(dir));
}

/** The engine and its version (src/engine/version.ts), from the same bytes. */
export function loadVersionedEngine(dir?: string): { engine: Engine; version: string } {
  const files = readModels(dir);
  return { engine: createEngine(files), version: engineVersion(files) };
}

/**
 * The models read once: their version now (a hash of their bytes, about 10
 * ms), the engine only when asked (a run with nothing to analyse never
 * decodes them), from the same bytes.
 */
export function loadModelsLazily(dir?: string): { version: string; engine: () => Engine } {
  const files = readModels(dir);
  let engine: Engine | undefined;
  return { version: engineVersion(files), engine: () => (engine ??= createEngine(files)) };
}
