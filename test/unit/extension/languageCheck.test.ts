import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LanguageChecks } from '../../../src/extension/languageCheck';
import { handlerTimes, resetHandlerTimes } from '../../../src/extension/timing';
import { FOREIGN_ARTICLES } from '../../support/foreignArticles';

const ENGLISH = [
  'The council of Vernay approved a budget on Tuesday that its critics said would close two schools before the end of the year.',
  'The mayor said the town had no choice and that the new bridge would be built in the spring, whatever the opposition wanted.',
  'Residents who spoke to the paper were divided, and many said they had not been consulted about the plan at all.',
].join('\n\n') + '\n';
const FRENCH = FOREIGN_ARTICLES.French;
const REASON = 'Claim Lens reads English; this looks like French. Set claimLens.language to "en" to analyse it anyway.';

/** English and French texts of the same length, so that only the rule on length decides whether the language is detected again. */
const sameLength = (text: string, length: number) => (text.repeat(Math.ceil(length / text.length) + 1)).slice(0, length);

test('auto: a French document is skipped with the reason the status item and the Claims view show; an English one is not', () => {
  const checks = new LanguageChecks();
  assert.equal(checks.skipReason('a', FRENCH, 'auto'), REASON);
  assert.equal(checks.skipReason('b', ENGLISH, 'auto'), undefined);
  assert.equal(new LanguageChecks().skipReason('a', FRENCH, 'en'), undefined, 'claimLens.language "en" analyses it anyway');
});

test('an English document is not detected again until its length changes by more than a fifth (nor on every keystroke)', () => {
  const checks = new LanguageChecks();
  const n = 2000;
  assert.equal(checks.skipReason('doc', sameLength(ENGLISH, n), 'auto'), undefined);
  resetHandlerTimes();
  assert.equal(checks.skipReason('doc', sameLength(FRENCH, n * 1.15), 'auto'), undefined, 'within a fifth: the English verdict stands');
  assert.equal(handlerTimes()['language detection'], undefined, 'and nothing was detected');
  assert.equal(checks.skipReason('doc', sameLength(FRENCH, n * 1.25), 'auto'), REASON, 'over a fifth: detected again');
  assert.ok(handlerTimes()['language detection'] !== undefined);
});

test('a French document is checked at each analysis, so English pasted over it is analysed at once; forget starts afresh', () => {
  const checks = new LanguageChecks();
  const n = 2000;
  assert.equal(checks.skipReason('doc', sameLength(FRENCH, n), 'auto'), REASON);
  assert.equal(checks.skipReason('doc', sameLength(ENGLISH, n), 'auto'), undefined);
  assert.equal(checks.skipReason('doc', sameLength(FRENCH, n), 'auto'), undefined, 'English again: cached');
  checks.forget('doc');
  assert.equal(checks.skipReason('doc', sameLength(FRENCH, n), 'auto'), REASON, 'after forget (the document closed), detected again');
});
