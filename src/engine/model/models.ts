import { decodeModel, Tagger } from './perceptron';
import { WordLexicon } from './wordLexicon';

/** The two trained model files that `npm run train` writes to models/. */
export const MODEL_FILES = ['cue.bin', 'role.bin'] as const;

/** The bytes of the model files, as the host reads them. */
export interface ModelFiles {
  cue: Uint8Array;
  role: Uint8Array;
}

/**
 * What the engine knows, as one value: the cue tagger, the role tagger and
 * the word lexicon the cue model carries. Built once from the model files by
 * the host (from disk in Node, through the VS Code file system on the web);
 * nothing is installed anywhere else.
 */
export interface Models {
  cue: Tagger;
  role: Tagger;
  lexicon: WordLexicon;
}

export function decodeModels(files: ModelFiles): Models {
  const cue = decodeModel(files.cue);
  if (!cue.lexicon) throw new Error('the cue model has no word lexicon: it was written by an older Claim Lens, run npm run train');
  return { cue: new Tagger(cue), role: new Tagger(decodeModel(files.role)), lexicon: new WordLexicon(cue.lexicon) };
}
