import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendMarkdown } from '../../../src/formats/markdown';
import { appendPlainParagraph } from '../../../src/formats/markdownFast';
import { ProseBuilder } from '../../../src/formats/proseMap';

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const WORDS = ['the', 'mayor', 'said', 'Elena', 'Varga', 'budget', '12%', '2021.', 'it', 'was', '"fine,"', '“quoted”', "city's", 'plan', '(briefly)', 'snake_case', 'a-b', '1.', '#5', 'x*y', 'e.g.', 'U.S.', 'well—', '—said'];
/** Markup a paragraph may hold, the plainest and the tricky (half-open, nested, images, entities, escapes, tags, breaks). */
const MARKUP: ((w: string) => string)[] = [
  (w) => `[${w}](https://example.org/${w.length})`, (w) => `*${w}*`, (w) => `**${w} ${w}**`, (w) => `_${w}_`, (w) => `__${w}__`,
  (w) => `*${w}`, (w) => `${w}*`, (w) => `![${w}](i.png)`, (w) => `[${w}] (x)`, (w) => `[${w}](a b)`, (w) => `&amp;${w}`, (w) => `\\*${w}`,
  (w) => `<b>${w}</b>`, (w) => `${w}  \n${w}`, (w) => `${w}\n${w}`, (w) => `*[${w}](u)*`, (w) => `[*${w}*](u)`, (w) => `**${w}*`, (w) => `${w}~~x~~`,
  (w) => `\n- ${w}`, (w) => `\n# ${w}`, (w) => `\n> ${w}`, (w) => `\n    ${w}`, () => `\n===`, (w) => `[${w}][ref]`, (w) => `\`${w}\``, (w) => `"*${w}*"`, (w) => `(*${w}*)`,
];

function paragraph(random: () => number): string {
  const n = 3 + Math.floor(random() * 12);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = WORDS[Math.floor(random() * WORDS.length)];
    out.push(random() < 0.25 ? MARKUP[Math.floor(random() * MARKUP.length)](w) : w);
  }
  return out.join(' ').trim();
}

/** A paragraph, a heading, or a list of one to three items (now and then a second line, another marker, a closing #). */
function chunk(random: () => number): string {
  const r = random();
  if (r < 0.5) return paragraph(random);
  if (r < 0.7) return `${'#'.repeat(1 + Math.floor(random() * 3))} ${paragraph(random)}${random() < 0.1 ? ' ##' : ''}`;
  const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${random() < 0.9 ? '-' : '+'} ${paragraph(random)}`);
  return items.join(random() < 0.1 ? '\nlazy line\n' : '\n');
}

test('a chunk the fast path reads (paragraph, heading, list) gives what micromark gives: prose and map', () => {
  const random = rng(11);
  let fast = 0;
  const total = 6000;
  for (let i = 0; i < total; i++) {
    const source = chunk(random);
    const quick = new ProseBuilder();
    if (!appendPlainParagraph(quick, source)) {
      assert.equal(quick.length, 0, 'nothing appended when it declines');
      continue;
    }
    fast++;
    const full = new ProseBuilder();
    appendMarkdown(full, source, source.length, false);
    const a = quick.finish(source.length);
    const b = full.finish(source.length);
    assert.equal(a.prose, b.prose, source);
    for (let k = 0; k < a.prose.length; k++) {
      assert.equal(a.map.start(k), b.map.start(k), `${source} @${k}`);
      assert.equal(a.map.end(k), b.map.end(k), `${source} @${k}`);
    }
  }
  assert.ok(fast > total / 20 && fast < total, `the fast path read ${fast} of ${total}`);
});
