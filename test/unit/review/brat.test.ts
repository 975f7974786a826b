import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBrat, writeBrat } from '../../../src/review/brat';
import { offsetMap } from '../../../src/engine/text/offsets';

test('offset map converts between UTF-16 and code points around astral characters', () => {
  const text = 'a😀b😀😀c';
  const m = offsetMap(text);
  // Code points: a=0 😀=1 b=2 😀=3 😀=4 c=5; UTF-16: a=0 😀=1-2 b=3 😀=4-5 😀=6-7 c=8.
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(m.toUtf16), [0, 1, 3, 4, 6, 8, 9]);
  assert.deepEqual([0, 1, 3, 4, 6, 8, 9].map(m.toCodePoint), [0, 1, 2, 3, 4, 5, 6]);
});

test('brat round trip keeps spans, discontinuous content and code-point offsets', () => {
  const text = '😀 “Walls first,” Varga said, “then roads.”';
  const q1 = text.indexOf('“Walls');
  const q1End = text.indexOf(',”') + 2;
  const q2 = text.indexOf('“then');
  const src = text.indexOf('Varga');
  const cue = text.indexOf('said');
  const attribution = {
    source: [{ start: src, end: src + 5 }],
    cue: [{ start: cue, end: cue + 4 }],
    content: [{ start: q1, end: q1End }, { start: q2, end: text.length }],
  };
  const ann = writeBrat([attribution], text);
  assert.match(ann, /^T1\tSource 17 22\tVarga$/m); // the emoji is one code point, two UTF-16 units
  assert.match(ann, /^T3\tContent 2 16;29 42\t“Walls first,” “then roads.”$/m);
  assert.match(ann, /^E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3$/m);
  assert.deepEqual(parseBrat(ann, text), [attribution]);
});

test('brat parser skips continuation lines and notes, reads Content2', () => {
  const text = 'He said yes and no.';
  const ann = 'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 11\tyes\nT4\tContent 16 18\tno\n#1\tAnnotatorNotes T1\tnote\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4\n';
  const [a] = parseBrat(ann, text);
  assert.deepEqual(a.content, [{ start: 8, end: 11 }, { start: 16, end: 18 }]);
});
