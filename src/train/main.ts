import { writeFileSync } from 'node:fs';
import { encodeModel } from '../core/perceptron';
import { join } from 'node:path';
import { prepare } from '../core/document';
import { cueFeatures, roleFeatures } from '../core/features';
import { spansToTags } from '../core/spans';
import { roleWindow } from '../core/window';
import { splitBlocks } from '../core/blocks';
import type { Span } from '../core/types';
import { readCorpus } from '../eval/corpus';
import { Example, PerceptronTrainer } from './trainer';

/**
 * Trains the cue tagger and the source/content tagger on PolNeAR train and
 * writes their models to src/core/models/. Usage:
 *   npm run train -- [--corpus DIR] [--epochs N] [--out DIR] [--cue-bits N] [--role-bits N]
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const corpus = arg('--corpus', '../shared/corpora/polnear');
const epochs = Number(arg('--epochs', '16'));
const limit = Number(arg('--limit', 'Infinity'));
const outDir = arg('--out', 'models');
const cueBits = Number(arg('--cue-bits', '19'));
const roleBits = Number(arg('--role-bits', '20'));

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
  console.log(`${name}: 2^${bits} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return model;
}

const docs = readCorpus(join(corpus, 'train'), limit);
console.log(`${docs.length} training documents`);
const cueExamples: Example[] = [];
const roleExamples: Example[] = [];
let contentTokens = 0;
let contentCovered = 0;
for (const g of docs) {
  // The engine analyses block by block (src/core/blocks.ts); so does training, so the features match.
  for (const b of splitBlocks(g.text)) {
    const inBlock = (sp: Span) => sp.start >= b.start && sp.end <= b.end;
    const local = (sp: Span) => ({ start: sp.start - b.start, end: sp.end - b.start });
    const gold = g.gold.filter((a) => a.cue.every(inBlock)).map((a) => ({
      cue: a.cue.map(local), source: a.source.filter(inBlock).map(local), content: a.content.filter(inBlock).map(local),
    }));
    const doc = prepare(g.text.slice(b.start, b.end));
    const cues = gold.map((a) => a.cue);
    for (const s of doc.sentences) {
      cueExamples.push({
        features: cueFeatures(doc, s.first, s.last),
        gold: spansToTags(doc, s.first, s.last, [{ label: 'CUE', spans: cues.flat() }]),
      });
    }
    for (const a of gold) {
      const cueTok = spansToTags(doc, 0, doc.tokens.length, [{ label: 'CUE', spans: [a.cue[0]] }]);
      const cf = cueTok.findIndex((t) => t !== 'O');
      if (cf < 0) continue;
      let cl = cf + 1;
      while (cl < cueTok.length && cueTok[cl] === 'I-CUE') cl++;
      const [first, last] = roleWindow(doc, cf, cl);
      const tags = spansToTags(doc, first, last, [
        { label: 'SRC', spans: a.source },
        { label: 'CON', spans: a.content },
      ]);
      for (let i = cf; i < cl; i++) if (i >= first && i < last) tags[i - first] = 'O';
      const all = spansToTags(doc, 0, doc.tokens.length, [{ label: 'CON', spans: a.content }]);
      for (let i = 0; i < all.length; i++) if (all[i] !== 'O') { contentTokens++; if (i >= first && i < last) contentCovered++; }
      roleExamples.push({ features: roleFeatures(doc, first, last, cf, cl), gold: tags });
    }
  }
}
console.log(`content tokens inside the role window: ${(100 * contentCovered / Math.max(1, contentTokens)).toFixed(1)}%`);
const cueModel = train('cue', ['O', 'B-CUE', 'I-CUE'], cueExamples, cueBits);
writeFileSync(join(outDir, 'cue.bin'), encodeModel(cueModel));
const roleModel = train('role', ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'], roleExamples, roleBits);
writeFileSync(join(outDir, 'role.bin'), encodeModel(roleModel));
