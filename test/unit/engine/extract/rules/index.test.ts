import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../../../../src/engine/extract/rules/index';

test('the rules: each once in the list, named, described with an example', () => {
  const names = RULES.map((r) => r.name);
  assert.equal(new Set(names).size, names.length, names.join(', '));
  for (const r of RULES) {
    assert.match(r.name, /^[a-z]+(?:-[a-z]+)*$/, r.name);
    assert.ok(r.description.length > 30 && /[“"]/.test(r.description), `${r.name}: a description with an example`);
  }
  // The order the tests and the rules' own comments assume.
  assert.ok(names.indexOf('shared-subject') < names.indexOf('subject-before'));
  assert.ok(names.indexOf('drop-foreign-fragments') < names.indexOf('continue-quote'));
  assert.equal(names[names.length - 1], 'trim-punctuation');
});
