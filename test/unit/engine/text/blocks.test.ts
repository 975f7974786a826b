import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitBlocks, updateBlocks, updateBlockSteps } from '../../../../src/engine/text/blocks';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

test('blocks: cut at blank lines, but not inside a quotation, after a colon, or before a paragraph that opens a quote', () => {
  const text = 'One said this.\n\nTwo: \n\nthree.\n\n“Open quote\n\n“goes on.”\n\nFour said “no.”\n\nFive.';
  const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
  assert.deepEqual(blocks, ['One said this.', 'Two: \n\nthree.\n\n“Open quote\n\n“goes on.”', 'Four said “no.”', 'Five.']);
  const all = splitBlocks(SAMPLE);
  assert.equal(all[0].start, 0);
  assert.equal(all[all.length - 1].end, SAMPLE.length);
  for (let i = 1; i < all.length; i++) assert.equal(all[i].start, all[i - 1].end, 'blocks tile the text');
});

test('blocks: no cut before a paragraph that opens with a doubled or low quote mark, as findQuotes may carry a quote over it', () => {
  for (const [open, close] of [["''", "''"], ['``', "''"], ['„', '“'], ['‘‘', '’’'], ['«', '»']]) {
    const text = `Reyes said this.\n\n${open}We will rebuild.\n\n${open}It starts in May.${close}\n\nFive.`;
    const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
    assert.deepEqual(blocks, [`Reyes said this.\n\n${open}We will rebuild.\n\n${open}It starts in May.${close}`, 'Five.'], open);
  }
});

test('blocks: a single line break ends a paragraph only after the end of a sentence', () => {
  const text = 'One said this.\nTwo said\nthat.\n“Three,” he said.\nFour.';
  const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
  assert.deepEqual(blocks, ['One said this.', 'Two said\nthat.\n“Three,” he said.', 'Four.']);
});

test('blocks: updated after random edits, they equal a fresh split', () => {
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ['\n', '\n\n', '“', '”', '"', "''", "'", '„', '``', '’’', 'A:', 'Q', ':', '.', 'x', ' ', 'said '];
  let text = SAMPLE;
  let prev = { text, blocks: updateBlocks(undefined, text) };
  for (let i = 0; i < 400; i++) {
    const at = Math.floor(random() * text.length);
    const cut = random() < 0.4 ? Math.floor(random() * 4) : 0;
    text = text.slice(0, at) + (random() < 0.7 ? pieces[Math.floor(random() * pieces.length)] : '') + text.slice(at + cut);
    const blocks = updateBlocks(prev, text);
    const fresh = updateBlocks(undefined, text);
    assert.deepEqual(blocks, fresh, `edit ${i} at ${at}`);
    prev = { text, blocks };
  }
});

test('blocks: a long text is cut in steps, with the same blocks', () => {
  const big = Array.from({ length: 40 }, () => SAMPLE).join('\n\n');
  const steps = updateBlockSteps(undefined, big);
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses++;
  assert.ok(pauses >= 2, `it paused ${pauses} times`);
  assert.deepEqual(r.value, updateBlocks(undefined, big));
  assert.deepEqual(r.value.map((b) => ({ start: b.start, end: b.end })), splitBlocks(big));
});

test('blocks: a Q&A transcript stays with the introduction that names the interviewee', () => {
  const text = 'An interview with Mayor Ana Reyes\n\nQ: What next?\n\nA: We rebuild.\n\nThe end came soon.\n\nMore.';
  const blocks = splitBlocks(text).map((b) => text.slice(b.start, b.end).trim());
  assert.deepEqual(blocks, ['An interview with Mayor Ana Reyes\n\nQ: What next?\n\nA: We rebuild.', 'The end came soon.', 'More.']);
});
