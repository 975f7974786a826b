import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyzer } from '../../../../src/engine/index';
import { models } from '../../../support/engine';
import { analyze } from '../../../support/engine';
import { LONG_BLOCK, splitBlocks, updateBlocks } from '../../../../src/engine/text/blocks';
import { prepare } from '../../../../src/engine/text/document';
import { LONG_SENTENCE } from '../../../../src/engine/text/sentences';
import { ROOT } from '../../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const tiles = (text: string, blocks: { start: number; end: number }[]) => {
  assert.equal(blocks[0].start, 0);
  assert.equal(blocks[blocks.length - 1].end, text.length);
  for (let i = 1; i < blocks.length; i++) assert.equal(blocks[i].start, blocks[i - 1].end, 'blocks tile the text');
};
const strip = (text: string, blocks: { start: number; end: number }[]) => blocks.map((b) => text.slice(b.start, b.end).trim());

test('blocks end at a lone CR and at U+2029 as they do at LF and CRLF', () => {
  const lf = 'One said this.\n\nTwo said that.\nThree.';
  const expected = strip(lf, splitBlocks(lf));
  assert.equal(expected.length, 3);
  for (const text of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), 'One said this.\u2029Two said that.\nThree.']) {
    assert.deepEqual(strip(text, splitBlocks(text)).map((b) => b.replace(/\s+/g, ' ')), expected, JSON.stringify(text));
  }
  // The sample with CR line ends gives the claims it gives with LF, at the same offsets.
  const cr = SAMPLE.replace(/\r?\n/g, '\r');
  assert.ok(splitBlocks(cr).length > 5);
  assert.deepEqual(analyze(cr).claims.map((c) => [c.cue[0].start, c.cueText, c.sourceText]), analyze(SAMPLE.replace(/\r?\n/g, '\n')).claims.map((c) => [c.cue[0].start, c.cueText, c.sourceText]));
});

test('a block with no paragraph break is cut after LONG_BLOCK characters, at a sentence end when there is one', () => {
  const oneLine = SAMPLE.replace(/\s*\n\s*/g, ' ');
  const text = Array.from({ length: 30 }, () => oneLine).join(' ');
  const blocks = splitBlocks(text);
  tiles(text, blocks);
  assert.ok(blocks.length >= text.length / (2 * LONG_BLOCK), `${blocks.length} blocks`);
  for (const b of blocks.slice(0, -1)) {
    assert.ok(b.end - b.start > LONG_BLOCK && b.end - b.start <= 2 * LONG_BLOCK, `a block of ${b.end - b.start}`);
    assert.match(text.slice(b.end - 3, b.end), /[.!?”"’)]\s+$/, 'cut after a sentence end');
  }
  // Ordinary paragraphs are not cut.
  assert.deepEqual(splitBlocks(SAMPLE), splitBlocks(SAMPLE).filter((b) => b.end - b.start <= LONG_BLOCK));
});

test('a text with no sentence end or no space at all is cut too, never inside a surrogate pair', () => {
  const words = 'word '.repeat(10_000);
  tiles(words, splitBlocks(words));
  assert.ok(splitBlocks(words).length >= 2);
  const emoji = '😀'.repeat(30_000);
  const blocks = splitBlocks(emoji);
  tiles(emoji, blocks);
  assert.ok(blocks.length >= 2);
  for (const b of blocks) assert.equal(b.start % 2, 0, 'a block starts on a whole character');
});

test('long blocks after random edits equal a fresh split, and the Analyzer equals a fresh analysis', () => {
  let seed = 11;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ['. ', ' ', 'x', '“', '”', '\n', '\r', '\u2029', '. Said he. ', ''];
  let text = Array.from({ length: 8 }, () => SAMPLE.replace(/\s*\n\s*/g, ' ')).join(' ');
  let prev = { text, blocks: updateBlocks(undefined, text) };
  const analyzer = new Analyzer(models);
  analyzer.analyze(text);
  for (let i = 0; i < 300; i++) {
    const at = Math.floor(random() * text.length);
    const cut = random() < 0.4 ? Math.floor(random() * 6) : 0;
    text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + cut);
    const blocks = updateBlocks(prev, text);
    assert.deepEqual(blocks, updateBlocks(undefined, text), `edit ${i} at ${at}`);
    prev = { text, blocks };
    if (i % 30 === 0) assert.deepEqual(analyzer.analyze(text), analyze(text), `analysis after edit ${i}`);
  }
});

test('a sentence of more than LONG_SENTENCE tokens is cut into pieces, after a comma where it can', () => {
  const doc = prepare('he said that a, b and c '.repeat(200));
  assert.ok(doc.sentences.length > 1);
  for (const s of doc.sentences) assert.ok(s.last - s.first <= LONG_SENTENCE, `a sentence of ${s.last - s.first} tokens`);
  for (const s of doc.sentences.slice(0, -1)) assert.equal(doc.tokens[s.last - 1].text, ',');
  doc.sentences.forEach((s, i) => { for (let t = s.first; t < s.last; t++) assert.equal(doc.tokens[t].sentence, i); });
});
