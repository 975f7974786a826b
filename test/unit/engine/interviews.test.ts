import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, contentOf } from '../../support/helpers';

test('Name: "…" and "…" – Name (also — and ―) are statements of the named speaker', () => {
  const label = 'The mayor spoke at the town hall on Monday night.\n\nReyes: “We will rebuild.”';
  const [byLabel] = claimsOf(label).filter((c) => c.cueText === ':');
  assert.equal(byLabel.sourceText, 'Reyes');
  assert.equal(contentOf(label, byLabel), '“We will rebuild.”');
  for (const dash of ['–', '—', '―']) {
    const text = `The council met on Monday.\n\n"We will rebuild." ${dash} Ana Reyes`;
    const [signed] = claimsOf(text).filter((c) => c.cueText === dash);
    assert.equal(signed?.sourceText, 'Ana Reyes', dash);
    assert.equal(signed.speaker?.name, 'Ana Reyes');
    assert.equal(contentOf(text, signed), '"We will rebuild."');
  }
});

test('Q&A transcript: answers are statements by the interviewee named in the introduction; questions are none', () => {
  const text = 'An interview with Mayor Ana Reyes\n\nQ: What happens next?\n\nA: We rebuild the bridge before winter.\n\nQ: Who pays for it?\n\nA: The money comes from the province.';
  const answers = claimsOf(text).filter((c) => c.cueText === ':');
  assert.deepEqual(answers.map((c) => contentOf(text, c)), ['We rebuild the bridge before winter.', 'The money comes from the province.']);
  for (const a of answers) {
    assert.equal(a.sourceText, 'A');
    assert.equal(a.speaker?.name, 'Ana Reyes');
    assert.ok(a.speaker?.from);
    assert.equal(text.slice(a.speaker.from.start, a.speaker.from.end), 'Mayor Ana Reyes');
    assert.equal(a.sourceKind, 'person');
  }
  assert.ok(claimsOf(text).every((c) => !/\?$/.test(contentOf(text, c))), 'no question is a claim');
  // Without an introduction naming the interviewee, "A:" lines name no one and make no claim.
  const bare = 'Q: What happens next?\n\nA: We rebuild the bridge before winter.';
  assert.equal(claimsOf(bare).filter((c) => c.cueText === ':').length, 0);
});

test('speaker labels: the interviewee\'s lines are the interviewee\'s claims, the interviewer\'s questions are not', () => {
  const text = 'The mayor met reporters on Monday.\n\nINTERVIEWER: What happens next?\n\nREYES: We rebuild the bridge before winter.';
  const labelled = claimsOf(text).filter((c) => c.cueText === ':');
  const reyes = labelled.filter((c) => c.sourceText === 'REYES');
  assert.deepEqual(reyes.map((c) => contentOf(text, c)), ['We rebuild the bridge before winter.']);
  assert.ok(labelled.every((c) => c.sourceText !== 'REYES' || !/\?$/.test(contentOf(text, c))));
});
