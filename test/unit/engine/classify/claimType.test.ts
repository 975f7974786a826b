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

test('claim type: what a body or a work does (expands, requires, imposes, establishes, explores) is other', () => {
  for (const cue of ['has expanded', 'requires', 'imposed', 'established', 'explores', 'brought about', 'mounting']) assert.equal(typeOf(cue), 'other', cue);
});

test('claim type: beating, winning, resigning, dying are other', () => {
  for (const cue of ['beat', 'defeated', 'won', 'resigned', 'quit', 'died']) assert.equal(typeOf(cue), 'other', cue);
});

test('claim type: saying stays a statement, also in the forms the passive rule must not take', () => {
  for (const cue of ['said', 'named', 'released', 'dismissed', 'was quoted as saying', 'is promoting']) assert.equal(typeOf(cue), 'statement', cue);
  assert.equal(typeOf('is open'), 'position', 'an adjective after "is" is not a passive action');
  assert.equal(typeOf('was convinced'), 'position');
});

const typed = (cueText: string, before: string, contentText: string) => claimTypeOf({ cueText, cueLemma: cueLemma(cueText), sourceText: 'Brandt', before, contentText });

test('claim type: saying under a condition, not yet done, or only named is other', () => {
  assert.equal(typed('asks', 'the ratings if Holt ', 'him about his tax returns'), 'other');
  assert.equal(typed('say', 'If anything, experts ', 'her plans would raise taxes'), 'statement', '"if anything" is no condition');
  assert.equal(typed('yet to explain', 'he has ', 'why the loopholes stay'), 'other');
  assert.equal(typed('explain', 'he has yet to ', 'why the loopholes stay'), 'other');
  assert.equal(typed('hardly clarified', 'Mr. Trump ', 'the matter'), 'other');
  assert.equal(typed('’ll present', 'She', 'her proposals in a speech'), 'other');
});

test('claim type: calling a meeting or a vote, or a name, is other; calling for something is a statement', () => {
  assert.equal(typed('called', 'The council ', 'an emergency meeting to discuss the test'), 'other');
  assert.equal(typed('called', 'The program, ', 'EB-5, allows investors'), 'other');
  assert.equal(typed('called for', 'The union ', 'a strike fund to be set up'), 'statement');
  assert.equal(typed('called', 'Brandt ', 'the plan “a gift to developers”'), 'statement');
});

test('claim type: a ruling on a request is other; rejecting a claim is not', () => {
  assert.equal(typed('rejected', 'A judge has ', 'a media request to unseal the file'), 'other');
  assert.notEqual(typed('rejected', 'The ministry ', 'the claim that files were lost'), 'other');
});

test('claim type: charging that, chanting and going on to say are statements', () => {
  assert.equal(typed('charges', 'Trump ', 'that the deal favours donors'), 'statement');
  assert.equal(typed('chanted', 'Protesters ', '“What curfew?”'), 'statement');
  assert.equal(typed('going', 'Sanders said, ', 'on to say that the war cost too much'), 'statement');
  assert.equal(typed('was charged', 'Brandt ', 'with fraud'), 'other');
});

test('claim type: concluding, confirming and offering are said; being critical is a position; an outlet that learned reports', () => {
  assert.equal(typed('concluded:', 'He ', '“The person who cannot take it is her.”'), 'statement');
  assert.equal(typed('is confirming', 'The attorney general ', 'that the foundation is not registered'), 'statement');
  assert.equal(typed('offered', 'Sanders ', 'some pointed advice to Clinton'), 'statement');
  assert.equal(typed('has been critical of', 'Graham ', 'Trump since the primaries'), 'position');
  assert.equal(claimTypeOf({ cueText: 'has learned', cueLemma: cueLemma('has learned'), sourceText: 'The Post', before: 'under wraps, The Post ', contentText: 'that she kept it quiet' }), 'statement');
  assert.equal(typed('generally supported', 'Mr. Schultz ', 'Democrats'), 'position');
});
