import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine, type Engine } from '../../engine/index';

/**
 * The engine with the models of models/*.bin, read from beside the running
 * bundle (dist/models) or from the repository's models/ folder (tests,
 * tools), or from `dir`.
 */
export function loadEngine(dir?: string): Engine {
  const candidates = dir ? [dir] : [join(__dirname, 'models'), resolve(__dirname, '..', 'models'), resolve(__dirname, '..', '..', 'models')];
  const found = candidates.find((d) => existsSync(join(d, 'cue.bin')) && existsSync(join(d, 'role.bin')));
  if (!found) throw new Error(`Claim Lens models not found (looked in ${candidates.join(', ')}); run npm run build`);
  return createEngine({ cue: readFileSync(join(found, 'cue.bin')), role: readFileSync(join(found, 'role.bin')) });
}
