import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../support/engine';
import { readCorpus } from '../../../src/tools/corpus';
import { scoreDocument } from '../../../src/tools/eval/metrics';
import { claimToBrat as toBrat } from '../../../src/review/brat';
import { ROOT } from '../../support/root';


const SEED = join(ROOT, '..', 'shared', 'corpora', 'seed');

test('the seed article: at least 20 of its 22 gold attributions with full overlap', () => {
  const [doc] = readCorpus(SEED);
  assert.ok(doc, `the seed article must be at ${SEED}`);
  assert.equal(doc.gold.length, 22);
  const { claims } = analyze(doc.text);
  const { scores, fullMatch } = scoreDocument(doc.text, doc.gold, claims.map(toBrat));
  const missed = doc.gold.filter((_, i) => !fullMatch[i]).map((g) => doc.text.slice(g.cue[0].start, g.cue[0].end));
  assert.ok(scores['full overlap'].tp >= 20, `full overlap ${scores['full overlap'].tp}/22, missed: ${missed.join(', ')}`);
});

test('the seed article: pronouns and short names resolve to the speaker', () => {
  const [doc] = readCorpus(SEED);
  const { claims } = analyze(doc.text);
  // The cue may run on ("said in a statement"): this test is about speakers, not where cues end.
  const bySource = (source: string, cue: string) => claims.find((c) => c.sourceText === source && (c.cueText === cue || c.cueText.startsWith(cue + ' ')));
  assert.equal(bySource('he', 'said')?.speaker?.name, 'Nasser Kanani');
  assert.equal(bySource('Iranian foreign ministry spokesman Nasser Kanani', 'said')?.speaker?.name, 'Nasser Kanani');
  assert.equal(bySource('Albanian Prime Minister Edi Rama', 'said')?.speaker?.name, 'Edi Rama');
  assert.equal(bySource('it', 'called')?.speaker?.name, 'the Iranian intelligence ministry');
  const he = bySource('he', 'said');
  assert.ok(he?.speaker?.from, 'a resolved pronoun points at its antecedent');
  assert.equal(doc.text.slice(he.speaker.from.start, he.speaker.from.end), 'Iranian foreign ministry spokesman Nasser Kanani');
  assert.equal(claims.filter((c) => c.speaker?.name === 'Nasser Kanani').length >= 3, true);
});
