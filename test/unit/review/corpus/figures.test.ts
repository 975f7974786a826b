import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineIndex } from '../../../../src/engine/index';
import { engine } from '../../../support/engine';
import { corpusFigures, quotedParts } from '../../../../src/review/corpus/figures';

const article = (file: string, text: string) => {
  const claims = engine.analyze(text).claims;
  const at = lineIndex(text);
  return { file, claims, lines: claims.map((c) => at(c.cue[0].start).line) };
};

test('figures: counts by kind and type add up; anonymous and vague sources are no speakers; quoted words are the words inside the marks', () => {
  const a = article('a.news', 'Mayor Elena Varga said the plan would work.\n\n“Every family will be safe this winter,” Varga said.\n\nOfficials said the bridge was late.\n');
  const b = article('b.news', 'Critics say the budget is wrong.\n\nElena Varga said the council would vote on Friday.\n');
  const f = corpusFigures([a, b]);
  const claims = a.claims.length + b.claims.length;
  assert.equal(f.articles, 2);
  assert.equal(f.claims, claims);
  assert.equal(Object.values(f.sourceKinds).reduce((x, y) => x + y, 0), claims);
  assert.equal(Object.values(f.types).reduce((x, y) => x + y, 0), claims);
  assert.ok(f.sourceKinds.anonymous || f.sourceKinds.vague, JSON.stringify(f.sourceKinds));
  assert.deepEqual(f.speakers.map((s) => s.name), ['Elena Varga']);
  assert.deepEqual(f.speakers[0], { name: 'Elena Varga', claims: 3, articles: 2, quotedWords: 7 });
  assert.deepEqual(f.repeated, []);
});

test('quoted parts: the parts inside quotation marks, without a closing comma; a direct quote with no marks is quoted whole; an indirect one has none', () => {
  const [mixed] = engine.analyze('The mayor said the plan was “a disgrace, frankly,” and “far too late.”').claims;
  assert.deepEqual(quotedParts(mixed), ['a disgrace, frankly', 'far too late.']);
  const [indirect] = engine.analyze('The mayor said the plan was late.').claims;
  assert.deepEqual(quotedParts(indirect), []);
  assert.deepEqual(quotedParts({ ...indirect, quoteKind: 'direct', contentText: 'We will win' }), ['We will win']);
});
