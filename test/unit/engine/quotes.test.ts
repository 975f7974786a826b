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
