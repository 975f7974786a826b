import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimTypeOf } from '../../../../src/engine/classify/claimType';
import { cueLemma } from '../../../../src/engine/classify/cueKind';

const typeOf = (cueText: string, sourceText = 'Brandt') => claimTypeOf({ cueText, cueLemma: cueLemma(cueText), sourceText, before: `${sourceText} ` });

test('claim type: an action done to the source (a passive) is other', () => {
  for (const cue of ['was sentenced', 'was appointed', 'was elected', 'was arrested', 'was charged', 'was fired', 'was named', 'has been named', 'was re-elected', 'was indicted', 'was released', 'was sworn in', 'were ousted', 'was formally nominated']) {
    assert.equal(typeOf(cue), 'other', cue);
  }
});

test('claim type: beating, winning, resigning, dying are other', () => {
  for (const cue of ['beat', 'defeated', 'won', 'resigned', 'quit', 'died']) assert.equal(typeOf(cue), 'other', cue);
});

test('claim type: saying stays a statement, also in the forms the passive rule must not take', () => {
  for (const cue of ['said', 'named', 'released', 'dismissed', 'was quoted as saying', 'is promoting']) assert.equal(typeOf(cue), 'statement', cue);
  assert.equal(typeOf('is open'), 'position', 'an adjective after "is" is not a passive action');
  assert.equal(typeOf('was convinced'), 'position');
});
