import { decodeModel, Tagger } from './perceptron';
import type { Taggers } from './extract';
import cueBytes from '../../models/cue.bin';
import roleBytes from '../../models/role.bin';

let taggers: Taggers | undefined;

/** The shipped taggers (trained by `npm run train`), decoded on first use. */
export function defaultTaggers(): Taggers {
  taggers ??= {
    cue: new Tagger(decodeModel(cueBytes)),
    role: new Tagger(decodeModel(roleBytes)),
  };
  return taggers;
}
