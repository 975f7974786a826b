import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare, type Doc } from '../../../src/engine/text/document';
import { extractAttributions } from '../../../src/engine/extract/pipeline';
import type { RawAttribution } from '../../../src/engine/extract/rawAttribution';
import { applyRules } from '../../../src/engine/extract/rules/index';
import { withFeatures } from '../../../src/engine/model/wordFeatures';
import { lexicon, models } from '../../support/engine';
import type { Token } from '../../../src/engine/text/tokenize';


/**
 * Work, counted rather than timed: how many times the extraction (cue
 * tagging, role windows, layout, rules) reads a token or its quotation, on
 * one paragraph that is ten times longer. Linear passes read about ten times
 * as many; a cue's window walking its whole sentence, the rules' `all.some`
 * over every attribution in foreign fragments, or a signed quote walking back
 * to its line's start read a hundred times as many. Passes that read no token
 * (a rule comparing attributions' offsets) are counted by the test of the
 * rules below, which counts reads of the attributions themselves. Passes
 * over one sentence are also bounded by its cut at 400 tokens.
 */
function tokenReads(doc: Doc): { doc: Doc; reads: () => number } {
  let reads = 0;
  const counting = <T extends object>(target: T): T => new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
      const v = Reflect.get(t, key, t) as unknown;
      // Typed arrays' methods must be called on the array itself.
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
  return { doc: { ...doc, tokens: counting<Token[]>(doc.tokens), quoteOf: counting(doc.quoteOf) }, reads: () => reads };
}

function readsFor(piece: (i: number) => string, size: number): number {
  let text = '';
  for (let i = 0; text.length < size; i++) text += piece(i);
  const counted = tokenReads(prepare(text));
  extractAttributions(withFeatures(counted.doc, lexicon), models);
  return counted.reads();
}

const PATTERNS: [string, (i: number) => string][] = [
  ['“a,” he said. in one paragraph', (i) => `“a${i},” he said. `],
  ['he said, in one sentence', (i) => `he said ${i}, `],
  ['according to X, in one sentence', (i) => `according to X${i}, `],
  ['”— A on one line', (i) => `”— A${i} `],
  ['a quote, then a paragraph that goes on quoting', (i) => `“Q${i},” she said. “More ${i}.” `],
];

for (const [name, piece] of PATTERNS) {
  test(`linear work: ${name}`, () => {
    const small = readsFor(piece, 4_000);
    const big = readsFor(piece, 40_000);
    assert.ok(big / small <= 12, `10× the text took ${(big / small).toFixed(1)}× the token reads (${small} → ${big})`);
  });
}

/** The attributions of `“aN,” he said.` repeated, as the taggers find them, each counting reads of its fields. */
function attributionsOf(doc: Doc, counter: { reads: number }): RawAttribution[] {
  const out: RawAttribution[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'said') continue;
    const open = i - 5;
    const a: RawAttribution = { cue: { start: tokens[i].start, end: tokens[i].end }, cueFirst: i, cueLast: i + 1, source: { start: tokens[i - 1].start, end: tokens[i - 1].end }, sourceFirst: i - 1, sourceLast: i, content: [{ start: tokens[open].start, end: tokens[i - 2].end }] };
    out.push(new Proxy(a, { get(t, key) { counter.reads++; return Reflect.get(t, key, t) as unknown; } }));
  }
  return out;
}

test('linear work: the rules read each attribution a bounded number of times', () => {
  const reads = (size: number) => {
    let text = '';
    for (let i = 0; text.length < size; i++) text += `“a${i},” he said. “More ${i}.” `;
    const counted = tokenReads(prepare(text));
    const attributions = { reads: 0 };
    const doc = withFeatures(counted.doc, lexicon);
    applyRules(doc, attributionsOf(doc, attributions));
    return counted.reads() + attributions.reads;
  };
  const small = reads(4_000);
  const big = reads(40_000);
  assert.ok(big / small <= 12, `10× the text took ${(big / small).toFixed(1)}× the reads (${small} → ${big})`);
});
