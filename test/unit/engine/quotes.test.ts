import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWithCue, claimsOf, contentOf } from '../../support/helpers';
import { splitBlocks } from '../../../src/engine/text/blocks';
import { analyzeBlock } from '../../../src/engine/analyzer';
import { models } from '../../support/engine';

const MARKS: [string, string][] = [['“', '’’'], ['“', "''"], ["''", "''"], ['``', "''"], ['‘‘', '’’'], ['„', '“'], ['«', '»']];

test('quotes closed by doubled apostrophes, low-high or guillemet marks are direct quotes of their speaker', () => {
  for (const [open, close] of MARKS) {
    const text = `Mayor Ana Reyes spoke on Tuesday. ${open}We will rebuild the bridge,${close} she said.`;
    const c = claimWithCue(text, 'said');
    assert.equal(c.sourceText, 'she', `${open}…${close}`);
    assert.equal(c.speaker?.name, 'Ana Reyes');
    assert.equal(contentOf(text, c), `${open}We will rebuild the bridge,${close}`);
    assert.equal(c.quoteKind, 'direct');
  }
});

test('a quote paragraph with no cue continues the speaker before it, whatever its marks', () => {
  for (const [open, close] of MARKS) {
    const text = `Mayor Ana Reyes spoke on Tuesday. ${open}We have the money,${close} she said.\n\n${open}The work starts in May and ends in June.${close}\n\nThe council meets again on Friday.`;
    const c = claimWithCue(text, 'said');
    assert.equal(contentOf(text, c), `${open}We have the money,${close} | ${open}The work starts in May and ends in June.${close}`, `${open}…${close}`);
    // Block by block the same claims come out as from the whole text.
    const blocks = splitBlocks(text);
    const byBlock = blocks.flatMap((b) => analyzeBlock(text.slice(b.start, b.end), models).attributions.map((a) => a.contentText));
    assert.deepEqual(byBlock, claimsOf(text).map((x) => x.content.map((s) => text.slice(s.start, s.end)).join(' … ')));
  }
});

test('present-tense cues with a phrase after them: “Q,” she adds from Calgary; “Q,” notes the soft-spoken coach', () => {
  const adds = 'Lena Park has tested the pumps for a month. “It works,” she adds from Calgary.';
  const a = claimWithCue(adds, 'adds');
  assert.equal(a.sourceText, 'she');
  assert.equal(a.speaker?.name, 'Lena Park');
  assert.equal(contentOf(adds, a), '“It works,”');
  const notes = 'The team lost again on Sunday. “We were ready,” notes the soft-spoken coach.';
  const n = claimWithCue(notes, 'notes');
  assert.equal(n.sourceText, 'the soft-spoken coach');
  assert.equal(contentOf(notes, n), '“We were ready,”');
  const named = 'The team lost again on Sunday. “We were ready,” insists the soft-spoken coach, Ray Dunn.';
  const i = claimWithCue(named, 'insists');
  assert.equal(i.sourceText, 'the soft-spoken coach, Ray Dunn');
  assert.equal(contentOf(named, i), '“We were ready,”');
});

test('a second quoted part joined by "and that" is content of the same claim, as PolNeAR marks it', () => {
  const text = 'Ruth Okafor spoke on Monday. She said the plan was “rushed” and that it was “never costed”.';
  const said = claimsOf(text).filter((c) => c.cueText === 'said');
  assert.equal(said.length, 1);
  assert.equal(said[0].speaker?.name, 'Ruth Okafor');
  assert.match(contentOf(text, said[0]), /the plan was “rushed” and that it was “never costed”/);
});

test('quotation paragraphs with no cue of their own all continue the claim before them', () => {
  const text = 'Mayor Ana Reyes spoke on Tuesday. “We have the money,” she said.\n\n“The work starts in May.”\n\n“It ends in June.”\n\nThe council meets again on Friday.';
  const c = claimWithCue(text, 'said');
  assert.equal(contentOf(text, c), '“We have the money,” | “The work starts in May.” | “It ends in June.”');
  assert.equal(claimsOf(text).length, 1);
});
