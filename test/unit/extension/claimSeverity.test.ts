import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../../src/engine/index';
import { claimSeverity, diagnosticMessage } from '../../../src/extension/claimSeverity';
import { DEFAULT_POSITION_SEVERITY, DEFAULT_SEVERITY, type SeverityName } from '../../../src/extension/contract';
import { analyze } from '../../support/engine';

const TEXT = 'Officials said the bridge would reopen in May.\n\nOfficials believe the bridge can reopen in May.\n';
const [SAID, BELIEVE] = analyze(TEXT).claims;

test('the claims under test: an anonymous statement and an anonymous position', () => {
  assert.deepEqual([SAID, BELIEVE].map((c) => [c.cueText, c.sourceKind, c.type]), [['said', 'anonymous', 'statement'], ['believe', 'anonymous', 'position']]);
});

test('a position is no more severe than claimLens.severity.position; its code stays its source or cue category', () => {
  assert.equal(DEFAULT_POSITION_SEVERITY, 'hint');
  assert.equal(DEFAULT_SEVERITY.anonymous, 'information');
  assert.deepEqual(claimSeverity(SAID, DEFAULT_SEVERITY, 'hint'), { worst: 'anonymous', level: 'information' }, 'a statement is not capped');
  assert.deepEqual(claimSeverity(BELIEVE, DEFAULT_SEVERITY, 'hint'), { worst: 'anonymous', level: 'hint' });
  assert.equal(claimSeverity(BELIEVE, DEFAULT_SEVERITY, 'off').level, 'off');
  assert.equal(claimSeverity(BELIEVE, DEFAULT_SEVERITY, 'error').level, 'information', 'the cap never raises');
  assert.equal(claimSeverity(BELIEVE, { ...DEFAULT_SEVERITY, anonymous: 'off' }, 'warning').level, 'off', 'nor turns on what its category turns off');
  assert.equal(claimSeverity(BELIEVE, { ...DEFAULT_SEVERITY, anonymous: 'error' }, 'warning').level, 'warning');
  assert.equal(claimSeverity(BELIEVE, DEFAULT_SEVERITY, 'loud' as SeverityName).level, 'hint', 'a value that is no severity is the default');
});

test('a loaded cue still counts for a position: the most severe category, then the cap', () => {
  const loaded: Claim = { ...BELIEVE, cueKind: 'loaded', sourceKind: 'person' };
  assert.deepEqual(claimSeverity(loaded, { ...DEFAULT_SEVERITY, loaded: 'warning' }, 'information'), { worst: 'loaded', level: 'information' });
  assert.deepEqual(claimSeverity({ ...loaded, type: 'finding' }, { ...DEFAULT_SEVERITY, loaded: 'warning' }, 'information'), { worst: 'loaded', level: 'warning' });
});

test('the diagnostic message names the type last', () => {
  assert.equal(diagnosticMessage(SAID), 'Officials (anonymous source) — said: “the bridge would reopen in May” (statement)');
  assert.match(diagnosticMessage(BELIEVE), /^Officials \(anonymous source\) — believe: “the bridge can reopen in May” \(position\)$/);
});

test('a claim less confident than claimLens.confidence.hintBelow is at most a hint; its code is unchanged', () => {
  const unsure: Claim = { ...SAID, confidence: 0.3 };
  const sure: Claim = { ...SAID, confidence: 0.9 };
  assert.deepEqual(claimSeverity(unsure, DEFAULT_SEVERITY, 'hint', 0.5), { worst: 'anonymous', level: 'hint' });
  assert.deepEqual(claimSeverity(sure, DEFAULT_SEVERITY, 'hint', 0.5), { worst: 'anonymous', level: 'information' });
  assert.equal(claimSeverity(unsure, DEFAULT_SEVERITY, 'hint', 0).level, 'information', '0 turns the cap off');
  assert.equal(claimSeverity(unsure, { ...DEFAULT_SEVERITY, anonymous: 'off' }, 'hint', 0.5).level, 'off', 'the cap never turns on what is off');
});
