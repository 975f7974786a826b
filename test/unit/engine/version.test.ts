import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENGINE_REVISION, engineVersion } from '../../../src/engine/index';
import { ROOT } from '../../support/root';

const files = () => ({ cue: readFileSync(join(ROOT, 'models', 'cue.bin')), role: readFileSync(join(ROOT, 'models', 'role.bin')) });
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

test('the engine version is the package version, the hand-bumped revision and a hash of the models', () => {
  const v = engineVersion(files());
  assert.ok(v.startsWith(`${pkg}+r${ENGINE_REVISION}.`), v);
  assert.match(v, /^[^+]+\+r\d+\.[0-9a-z]{14}$/);
  assert.equal(engineVersion(files()), v, 'the same bytes give the same version');
});

test('one changed byte of either model, or a model cut short, changes the version', () => {
  const base = engineVersion(files());
  for (const which of ['cue', 'role'] as const) {
    const f = files();
    f[which][f[which].length - 3] ^= 1;
    assert.notEqual(engineVersion(f), base, which);
    const g = files();
    assert.notEqual(engineVersion({ ...g, [which]: g[which].subarray(0, g[which].length - 1) }), base, `${which} shorter`);
  }
});

test('the hash reads bytes however they sit in memory (an unaligned view gives the same version)', () => {
  const f = files();
  const shifted = new Uint8Array(f.cue.length + 1);
  shifted.set(f.cue, 1);
  assert.equal(engineVersion({ ...f, cue: shifted.subarray(1) }), engineVersion(f));
});
