import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calibrate, claimConfidenceInput, confidenceFeatures, confidenceOf, type ConfidenceModel } from '../../../../src/engine/classify/confidence';
import { CONFIDENCE_MODEL } from '../../../../src/engine/model/confidenceModel';
import { fitLogistic, isotonic } from '../../../../src/tools/train/logistic';
import { analyze } from '../../../support/engine';

const TEXT = 'Mayor Ana Reyes said the bridge would reopen in May.\n\n“We are not leaving,” she told reporters.\n\nSome people wonder about it.\n';

test('every claim carries a confidence in [0, 1], in hundredths, from the shipped (trained) model', () => {
  assert.ok(Object.keys(CONFIDENCE_MODEL.weights).length > 100, 'the shipped model is trained');
  const claims = analyze(TEXT).claims;
  assert.ok(claims.length >= 2);
  for (const c of claims) {
    assert.ok(c.confidence >= 0 && c.confidence <= 1, String(c.confidence));
    assert.equal(Math.round(c.confidence * 100) / 100, c.confidence);
    assert.equal(c.confidence, confidenceOf(claimConfidenceInput(c)));
  }
});

test('the calibration map never lowers the probability of a higher score', () => {
  let last = -1;
  for (let z = -8; z <= 8; z += 0.05) {
    const p = calibrate(z);
    assert.ok(p >= last, `calibrate(${z}) = ${p} < ${last}`);
    last = p;
  }
});

test('a feature with a positive weight raises a claim’s confidence; features name what the claim is', () => {
  const [said] = analyze(TEXT).claims;
  const features = confidenceFeatures(claimConfidenceInput(said));
  assert.ok(features.includes('lemma=say') && features.includes('type=statement') && features.includes('srcPos=before'), features.join(' '));
  const plain: ConfidenceModel = { bias: 0, weights: {}, calibration: { x: [], y: [] } };
  const boosted: ConfidenceModel = { ...plain, weights: { 'lemma=say': 2 } };
  assert.equal(confidenceOf(claimConfidenceInput(said), plain), 0.5);
  assert.ok(confidenceOf(claimConfidenceInput(said), boosted) > 0.85);
});

test('training: logistic regression learns a telling feature, and isotonic calibration is monotone', () => {
  const samples = Array.from({ length: 400 }, (_, i) => ({ features: [i % 2 ? 'good' : 'bad', `noise${i % 7}`], label: i % 2 === 1 && i % 10 !== 1 ? 1 : 0 }));
  const fit = fitLogistic(samples);
  assert.ok(fit.score(['good']) > 1 && fit.score(['bad']) < -1, `${fit.score(['good'])} ${fit.score(['bad'])}`);
  const cal = isotonic(samples.map((s) => ({ z: fit.score(s.features), label: s.label })), 50);
  for (let i = 1; i < cal.points.y.length; i++) assert.ok(cal.points.y[i] >= cal.points.y[i - 1]);
  assert.ok(Math.abs(cal.apply(fit.score(['good'])) - 0.8) < 0.1, String(cal.apply(fit.score(['good']))));
});
