import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Analyzer } from '../../../src/engine/index';
import { models } from '../../support/engine';
import { analyze } from '../../support/engine';
import { claimToBrat, parseBrat, writeBrat } from '../../../src/review/brat';
import { splitBlocks, updateBlocks } from '../../../src/engine/text/blocks';
import { checkClaims } from '../../support/claimInvariants';
import { holds } from '../../support/fuzzSettings';
import { applyEdit, edit, newsText, repeatedText } from '../../support/fuzzTexts';


test('fuzz: any text analyses without an exception, with every span in bounds and on its text', async (t) => {
  await holds(t, fc.property(fc.oneof(newsText(), repeatedText, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
    checkClaims(text, analyze(text).claims);
  }), 0.2);
});

test('fuzz: blocks tile the text, and after edits equal a fresh split', async (t) => {
  await holds(t, fc.property(newsText(200), fc.array(edit, { maxLength: 12 }), (start, edits) => {
    let text = start;
    let prev = { text, blocks: updateBlocks(undefined, text) };
    for (const e of edits) {
      text = applyEdit(text, e);
      const blocks = updateBlocks(prev, text);
      assert.deepEqual(blocks, updateBlocks(undefined, text));
      const plain = splitBlocks(text);
      if (text.length) {
        assert.equal(plain[0].start, 0);
        assert.equal(plain[plain.length - 1].end, text.length);
        for (let i = 1; i < plain.length; i++) assert.equal(plain[i].start, plain[i - 1].end);
      }
      prev = { text, blocks };
    }
  }), 0.08);
});

test('fuzz: the Analyzer after random edits equals a fresh analysis, in one go and in slices', async (t) => {
  await holds(t, fc.asyncProperty(newsText(200), fc.array(edit, { minLength: 1, maxLength: 8 }), async (start, edits) => {
    const editor = new Analyzer(models);
    editor.analyze(start);
    let text = start;
    for (const e of edits) {
      text = applyEdit(text, e);
      const fresh = analyze(text);
      assert.deepEqual(editor.analyze(text), fresh);
    }
    const sliced = await new Analyzer(models).analyzeInSlices(text, { sliceMs: 0 });
    assert.deepEqual(sliced, analyze(text));
  }), 0.2);
});

test('fuzz: brat written from any analysis reads back to the same spans (code points and UTF-16)', async (t) => {
  await holds(t, fc.property(newsText(), (text) => {
    const claims = analyze(text).claims;
    const back = parseBrat(writeBrat(claims.map(claimToBrat), text), text);
    assert.deepEqual(back, claims.map(claimToBrat));
  }), 0.1);
});
