import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, claimWithCue, contentOf } from '../../support/helpers';

/**
 * Things the extraction must not take for claims (issue #9, section 2):
 * page furniture, actions, and nouns of saying that are the subject of their
 * sentence. Every text here is invented.
 */

/** The claims whose cue stands inside `part` of `text`. */
function claimsIn(text: string, part: string) {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the text`);
  const end = start + part.length;
  return claimsOf(text).filter((c) => c.cue[0].start >= start && c.cue[0].start < end);
}

const LAYOUT = [
  'EDITOR\'S NOTE: "An earlier version misspelled a name."',
  'Editor’s note: This story has been updated to add a photograph.',
  'Email: desk@example.com',
  'E-mail: desk@example.com',
  'Contact: Ana Reyes, ana.reyes@example.com',
  'Tel: 555-0100',
  'Phone: +1 (555) 010-0199',
  'Twitter: @janedoe',
  'See also: How to read a poll',
  'Related: Council approves the budget',
  'Read more: Why the bridge closed',
  'Photo: Jane Doe/Reuters',
  'Photograph: Jane Doe',
  'Illustration: John Smith',
  'Caption: Residents protest outside the library.',
  'Credit: Jane Doe for The Lakeside Herald',
  'Source: U.S. Census Bureau',
  'Data: Lakeside statistics office',
  '(AP Photo/Evan Vucci)',
  'Jane Doe/Getty Images',
  'Mayor Ana Reyes speaks to reporters in Lakeside on Sept. 6. (AP Photo/Evan Vucci)',
  'Article continues below',
  'Story continues below advertisement',
  'Advertisement',
  'Follow us on Twitter',
  'Follow Jane Doe on Twitter @janedoe',
  'Sign up for our newsletter',
  'Subscribe to our newsletter.',
  'Copyright 2016 The Lakeside Herald. All rights reserved.',
  'This article was updated at 3 p.m. to add a comment from the mayor.',
  'WASHINGTON (AP) —',
  'By Jane Doe, Staff Writer',
  'By Jane Doe and John Smith | The Lakeside Herald',
  'Reporting by Jane Doe; Editing by John Smith',
  'Jane Doe contributed reporting.',
  'Contributing: Jane Doe, USA TODAY.',
  'BYLINE: Jane Doe.',
  'BUSTED: Mayor Caught Telling Council The Bridge Is Safe.',
  'Big Win For Reyes: Union Holds Off On Endorsement.',
];

test('a line of layout gives no claim, alone or between the paragraphs of an article', () => {
  for (const line of LAYOUT) {
    assert.deepEqual(claimsOf(line).map((c) => c.cueText), [], line);
    const text = `Mayor Ana Reyes said the bridge would reopen in May.\n\n${line}\n\n“We are ready,” Reyes told reporters.`;
    assert.deepEqual(claimsIn(text, line).map((c) => c.cueText), [], `${line} (in an article)`);
    // The claims around it survive.
    assert.ok(claimsOf(text).some((c) => c.cueText === 'said'), `${line}: "said" survives`);
    assert.ok(claimsOf(text).some((c) => c.cueText === 'told'), `${line}: "told" survives`);
  }
});

test('a bare number after a colon is a table cell, not a claim', () => {
  const table = 'Delegates so far\nAna Reyes: 1,769.\nTomas Brandt: 1,501.';
  assert.deepEqual(claimsOf(table).map((c) => c.contentText), []);
});

test('what an earlier version of the article said is no claim', () => {
  const text = 'EDITOR\'S NOTE: An earlier version of this story said the vote was on Monday.';
  assert.deepEqual(claimsOf(text).map((c) => c.cueText), []);
});

test('a note headed "Correction:" or "Clarification:" keeps the claims it reports', () => {
  const text = 'CLARIFICATION: An earlier version of this story misstated the mayor\'s position. Reyes said the bridge would reopen in May, not in March.';
  const said = claimWithCue(text, 'said');
  assert.equal(said.sourceText, 'Reyes');
  assert.ok(!claimsOf(text).some((c) => c.cueText === ':'), 'the label itself is no claim');
});

test('speaker labels, headline colons and plain reporting survive', () => {
  const label = 'Reyes: "The bridge will reopen."';
  const c = claimWithCue(label, ':');
  assert.equal(c.sourceText, 'Reyes');
  assert.equal(c.type, 'statement');
  const transcript = 'SMITH: We will win.\nJONES: We will see about that.';
  assert.deepEqual(claimsOf(transcript).filter((x) => x.cueText === ':').map((x) => x.sourceText), ['SMITH', 'JONES']);
  const said = claimWithCue('Mayor Reyes said the bridge would reopen.', 'said');
  assert.equal(said.sourceText, 'Mayor Reyes');
  assert.equal(said.type, 'statement');
  const headline = claimWithCue('Brandt: Council will not raise taxes\n\nThe council met on Monday.', ':');
  assert.equal(headline.sourceText, 'Brandt');
});

test('an action is no claim, or a claim of type other', () => {
  const actions = [
    'The driver was sentenced to three years.',
    'She was appointed the party\'s treasurer.',
    'He beat the defending champion.',
    'Okafor defeated Brandt in the primary and won the seat.',
    'Brandt resigned on Friday.',
    'The former director was fired in May.',
    'He was arrested in June and charged with fraud.',
    'Brandt was elected in 2012 and was named chairman last year.',
    'The treasurer was indicted on Tuesday.',
    'The activist was released on bail.',
    'She was sworn in on Monday.',
  ];
  for (const text of actions) {
    for (const c of claimsOf(text)) assert.equal(c.type, 'other', `${text}: ${c.cueText} → ${c.type}`);
  }
});

test('a possessed noun of saying that is its sentence\'s subject is no claim', () => {
  const subjects = [
    'The minister\'s promises have mostly not been kept.',
    'Trump\'s claims were quickly debunked by fact-checkers.',
    'Clinton\'s warning went unheeded.',
    'The mayor\'s argument is weak.',
    'Reyes\'s denial came hours later.',
    'The pastor\'s claims drew little notice.',
    'Few noticed the pastor\'s claims, and Swanson kept preaching.',
  ];
  for (const text of subjects) assert.deepEqual(claimsOf(text).map((c) => `${c.sourceText} ${c.cueText}`), [], text);
});

test('a possessed noun of saying with a complement stays a claim', () => {
  const that = 'Observers doubted the mayor\'s claim that the library was empty.';
  const claim = claimWithCue(that, 'claim');
  assert.equal(claim.sourceText, 'the mayor\'s');
  assert.match(contentOf(that, claim), /^that the library was empty/);
  const to = 'The senator\'s pledge to cut taxes was popular.';
  assert.match(contentOf(to, claimWithCue(to, 'pledge')), /^to cut taxes/);
  const of = 'Okafor\'s accusation of fraud was rejected.';
  assert.match(contentOf(of, claimWithCue(of, 'accusation')), /^of fraud/);
  const interview = 'Reporters questioned his claim in a radio interview that the money was returned.';
  assert.match(contentOf(interview, claimWithCue(interview, 'claim')), /the money was returned/);
});

test('"deny" meaning withhold is no claim; denying an allegation is', () => {
  for (const text of ['The judge denied him bail.', 'The clerks may deny marriage licenses to same-sex couples.', 'Ortiz was denied entry at the border.']) {
    assert.deepEqual(claimsOf(text).map((c) => c.cueText), [], text);
  }
  const denial = 'Reyes denied that the money was spent.';
  assert.match(contentOf(denial, claimWithCue(denial, 'denied')), /the money was spent/);
});

test('a dateline is no part of a source', () => {
  const text = 'WASHINGTON (AP) — Mayor Ana Reyes said Tuesday that the bridge would reopen in May.';
  assert.equal(claimWithCue(text, 'said').sourceText, 'Mayor Ana Reyes');
});
