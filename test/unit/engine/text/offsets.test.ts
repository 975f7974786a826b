import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../support/engine';
import { ROOT } from '../../../support/root';


const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');

const texts = (text: string) => analyze(text).claims.map((c) => ({
  cue: c.cue.map((s) => text.slice(s.start, s.end)),
  source: c.source && text.slice(c.source.start, c.source.end),
  content: c.content.map((s) => text.slice(s.start, s.end).replace(/\r\n/g, '\n')),
}));

test('CRLF line ends: the same claims, every span still exact', () => {
  const lf = texts(SAMPLE);
  const crlf = texts(SAMPLE.replace(/\n/g, '\r\n'));
  assert.ok(lf.length > 10);
  assert.deepEqual(crlf, lf);
});

test('emoji, non-breaking spaces and curly quotes before a claim keep its offsets exact', () => {
  const plain = 'Mayor Elena Varga said the plan would protect every neighbourhood.';
  const fancy = '🇮🇷😀 “Note.”\u00a0\u00a0' + plain.replace('Elena Varga', 'Elena\u00a0Varga');
  const claim = analyze(fancy).claims.find((c) => fancy.slice(c.cue[0].start, c.cue[0].end) === 'said');
  assert.ok(claim);
  assert.equal(claim.sourceText, 'Mayor Elena\u00a0Varga');
  assert.equal(fancy.slice(claim.content[0].start, claim.content[0].end), 'the plan would protect every neighbourhood');
});
