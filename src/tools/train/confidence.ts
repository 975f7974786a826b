import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngine } from '../../hosts/node/loadEngine';
import { claimToBrat } from '../../review/brat';
import { claimConfidenceInput, confidenceFeatures } from '../../engine/classify/confidence';
import { readCorpus } from '../corpus';
import { scoreDocument } from '../eval/metrics';
import { arg } from '../args';
import { fitLogistic, isotonic, type Sample } from './logistic';
import { reliability } from '../eval/reliability';

/**
 * Learns each claim's confidence on PolNeAR train. The engine's taggers were
 * trained on train, so their claims there are better than on unseen text:
 * the train documents are cut into N folds, taggers are trained without each
 * fold (npm run train -- --hold-out K/N) and run on it, and the claims they
 * find are the examples: a logistic model of whether a claim is a
 * full-overlap match of a gold attribution, with a calibration map fitted on
 * the scores of models that did not see the claims' fold. Writes
 * src/engine/model/confidenceModel.ts.
 *   npm run train:confidence -- [--corpus DIR] [--folds N] [--fold-models DIR]  (fold taggers are kept there and reused)
 */
const corpus = arg('--corpus', '../shared/corpora/polnear');
const folds = Number(arg('--folds', '5'));
const foldModels = arg('--fold-models', join(tmpdir(), 'claim-lens-fold-models'));
const docs = readCorpus(join(corpus, 'train'));
const names = [...new Set(docs.map((d) => d.name))].sort();
const foldOf = (name: string) => names.indexOf(name) % folds;

/** Examples per document, from taggers that did not see it. */
const perDoc: { fold: number; samples: Sample[] }[] = [];
for (let k = 0; k < folds; k++) {
  const dir = join(foldModels, `${k}-of-${folds}`);
  if (!existsSync(join(dir, 'role.bin'))) {
    console.log(`training the taggers without fold ${k + 1} of ${folds} …`);
    execFileSync(process.execPath, [join(__dirname, 'train.js'), '--corpus', corpus, '--hold-out', `${k}/${folds}`, '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const engine = loadEngine(dir);
  for (const d of docs.filter((x) => foldOf(x.name) === k)) {
    const claims = engine.analyze(d.text).claims;
    const { predMatch } = scoreDocument(d.text, d.gold, claims.map(claimToBrat));
    perDoc.push({ fold: k, samples: claims.map((c, i) => ({ features: confidenceFeatures(claimConfidenceInput(c)), label: predMatch[i] ? 1 : 0 })) });
  }
}
const all = perDoc.flatMap((d) => d.samples);
console.log(`${docs.length} train documents, ${all.length} claims by held-out taggers, ${(100 * all.filter((s) => s.label).length / all.length).toFixed(1)}% full-overlap matches`);

// Scores for the calibration: the claims of fold k scored by a model fitted on the other folds' claims.
const heldOut: { z: number; label: number }[] = [];
for (let k = 0; k < folds; k++) {
  const fit = fitLogistic(perDoc.filter((d) => d.fold !== k).flatMap((d) => d.samples));
  for (const s of perDoc.filter((d) => d.fold === k).flatMap((d) => d.samples)) heldOut.push({ z: fit.score(s.features), label: s.label });
}
const calibration = isotonic(heldOut);
const final = fitLogistic(all);
const table = reliability(heldOut.map((h) => ({ p: calibration.apply(h.z), correct: h.label === 1 })));
console.log(`held-out folds of train: expected calibration error ${table.ece.toFixed(3)}`);

const weights = Object.fromEntries(Object.entries(final.weights).filter(([, w]) => Math.abs(w) >= 1e-3).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, Math.round(w * 1e4) / 1e4]));
const model = { bias: Math.round(final.bias * 1e4) / 1e4, weights, calibration: calibration.points };
const out = arg('--out', 'src/engine/model/confidenceModel.ts');
writeFileSync(out, `import type { ConfidenceModel } from './confidenceShape';

/**
 * Written by npm run train:confidence (src/tools/train/confidence.ts) from the
 * engine's claims on PolNeAR train (${docs.length} documents, ${all.length} claims
 * found by taggers trained without their fold, ${folds} folds); not edited by hand.
 */
export const CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(model, null, 1).replace(/\n\s*/g, ' ')};
`);
console.log(`wrote ${out}: ${Object.keys(weights).length} weights, ${calibration.points.x.length} calibration points`);
