import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeModel, WordLexicon } from '../../engine/training';
import { readCorpus } from '../corpus';
import { blockExamples, BlockExamples } from './examples';
import { wordnetClasses } from './wordnet';
import { compromiseLexicon } from './lexicon';
import { Example, PerceptronTrainer } from './trainer';
import { arg } from '../args';

/**
 * Trains the cue tagger and the source/content tagger on PolNeAR train and
 * writes their models to models/. Usage:
 *   npm run train -- [--corpus DIR] [--epochs N] [--out DIR] [--cue-bits N] [--role-bits N] [--only cue|role] [--first-annotator]
 *     [--hold-out K/N]  (leave out every document whose index in sorted order is K modulo N: for held-out confidence)
 */
const corpus = arg('--corpus', '../shared/corpora/polnear');
const epochs = Number(arg('--epochs', '16'));
const limit = Number(arg('--limit', 'Infinity'));
const outDir = arg('--out', 'models');
const cueBits = Number(arg('--cue-bits', '20'));
const roleBits = Number(arg('--role-bits', '20'));
/** Train only one of the models (for experiments); the others are copied from models/. */
const only = arg('--only', '');

const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'];
const ROLE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'];

function shuffle(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function train(name: string, tags: string[], examples: Example[], bits: number) {
  const t0 = Date.now();
  const trainer = new PerceptronTrainer(tags, bits);
  const data = examples.map((e) => trainer.encode(e));
  for (let e = 0; e < epochs; e++) {
    const errors = trainer.epoch(data, shuffle(data.length, e + 1));
    console.log(`${name} epoch ${e + 1}: ${errors} token errors`);
  }
  const model = trainer.model();
  console.log(`${name}: ${examples.length} sequences, 2^${bits} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return model;
}

// Every annotator's file of a document is a training example (some train documents have several):
// more ways of reading the same text. --first-annotator keeps one, as evaluation does.
const holdOut = /^(\d+)\/(\d+)$/.exec(arg('--hold-out', ''));
const docs = heldOutFilter(readCorpus(join(corpus, 'train'), limit, !process.argv.includes('--first-annotator')));

/** Without the documents of the held-out fold (all annotators' files of a document go together). */
function heldOutFilter(all: ReturnType<typeof readCorpus>) {
  if (!holdOut) return all;
  const names = [...new Set(all.map((d) => d.name))].sort();
  const out = new Set(names.filter((_, i) => i % Number(holdOut[2]) === Number(holdOut[1])));
  return all.filter((d) => !out.has(d.name));
}
console.log(`${docs.length} training documents`);
const wordnet = process.argv.includes('--no-wordnet') ? undefined : wordnetClasses();
const lexicon = compromiseLexicon();
const words = new WordLexicon(lexicon);
const perDoc = docs.map((d) => blockExamples(d, words, wordnet));
const all = (pick: (b: BlockExamples) => Example[]) => perDoc.flat().flatMap(pick);
const covered = perDoc.flat().reduce((n, b) => n + b.contentCovered, 0);
const content = perDoc.flat().reduce((n, b) => n + b.contentTokens, 0);
console.log(`content tokens inside the role window: ${(100 * covered / Math.max(1, content)).toFixed(1)}%`);

function write(name: string, make: () => Uint8Array): void {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.bin`);
  if (only && only !== name) {
    if (resolve(file) !== resolve('models', `${name}.bin`)) copyFileSync(join('models', `${name}.bin`), file);
    return;
  }
  writeFileSync(file, make());
}

write('cue', () => encodeModel({ ...train('cue', CUE_TAGS, all((b) => b.cue), cueBits), wordnet, lexicon }));
write('role', () => encodeModel(train('role', ROLE_TAGS, all((b) => b.role), roleBits)));
