import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasDefaultModels, setDefaultModels } from '../../engine/model/models';

/**
 * Loads models/*.bin from beside the running bundle (dist/models) or from the
 * repository's models/ folder (tests, tools), once.
 */
export function loadModelsFromDisk(dir?: string): void {
  if (hasDefaultModels() && !dir) return;
  const candidates = dir ? [dir] : [join(__dirname, 'models'), resolve(__dirname, '..', 'models'), resolve(__dirname, '..', '..', 'models')];
  const found = candidates.find((d) => existsSync(join(d, 'cue.bin')) && existsSync(join(d, 'role.bin')));
  if (!found) throw new Error(`Claim Lens models not found (looked in ${candidates.join(', ')}); run npm run build`);
  setDefaultModels({ cue: readFileSync(join(found, 'cue.bin')), role: readFileSync(join(found, 'role.bin')) });
}
