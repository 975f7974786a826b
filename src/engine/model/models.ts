import { decodeModel, Tagger } from './perceptron';
import type { Taggers } from '../extract/pipeline';
import { installLexicon } from './wordClass';

/** The two trained model files that `npm run train` writes to models/. */
export const MODEL_FILES = ['cue.bin', 'role.bin'] as const;

/** The bytes of the model files, as the host reads them. */
export interface ModelFiles {
  cue: Uint8Array;
  role: Uint8Array;
}

let loaded: Taggers | undefined;

/**
 * Installs the shipped models, read by the host (from disk in Node, through
 * the VS Code file system on the web); `analyze` uses them by default.
 */
export function setDefaultModels(files: ModelFiles): Taggers {
  const cue = decodeModel(files.cue);
  if (!cue.lexicon) throw new Error('the cue model has no word lexicon: it was written by an older Claim Lens, run npm run train');
  installLexicon(cue.lexicon);
  loaded = { cue: new Tagger(cue), role: new Tagger(decodeModel(files.role)) };
  return loaded;
}

export function hasDefaultModels(): boolean {
  return loaded !== undefined;
}

/** The installed taggers; fails clearly when the host has not loaded the models yet. */
export function defaultTaggers(): Taggers {
  if (!loaded) throw new Error('Claim Lens models are not loaded: call setDefaultModels() (or loadModelsFromDisk() in Node) first');
  return loaded;
}
