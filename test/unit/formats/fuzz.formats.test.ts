import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Format, mapAnalysis, ProseConverter, toProse } from '../../../src/formats/index';
import { Analyzer } from '../../../src/engine/index';
import { analyze, models } from '../../support/engine';
import { holds } from '../../support/fuzzSettings';
import { HTML, MARKDOWN } from '../../support/formatArticles';

/** Pieces articles and broken files are made of: words, markup of both formats, entities, escapes, line ends. */
const PIECES = ['said', ' ', 'Varga', '\n', '\n\n', '\r\n', '  ', '\t', '*', '**', '_', '[', ']', '(', ')', '](http://x.org)', '[a](b)', '![i](p)', '`', '```', '~~~', '> ', '- ', '1. ', '# ', '---', '|', '| a | b |\n|---|---|\n', '\\', '&amp;', '&ldquo;', '&#8212;', '&#x1F600;', '&bogus;', '&', '<p>', '</p>', '<a href="x">', '</a>', '<br>', '<script>', '</script>', '<!--', '-->', '<nav>', '</nav>', '<article>', '</article>', '<main>', '<div class="byline">', '</div>', '<figcaption>', '<li>', '<td>', '<pre>', '"', '“', '”', '😀', '\u2029', '[x]: http://y', '[x]'];
const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

test('any text in either format: no exception; every prose offset maps inside the file, in order, onto source that holds it when copied', () => {
  fc.assert(fc.property(doc, fc.constantFrom<Format>('markdown', 'html'), (text, format) => {
    const { prose, map } = toProse(text, format);
    let last = 0;
    for (let i = 0; i < prose.length; i++) {
      const s = map.start(i);
      const e = map.end(i);
      assert.ok(s >= 0 && s <= e && e <= text.length, `${i}: [${s}, ${e}) in ${text.length}`);
      assert.ok(s >= last, `offsets in order at ${i}`);
      last = s;
      if (e - s === 1 && !/\s/.test(prose[i])) assert.equal(text[s], prose[i], `prose ${i} copies the file at ${s}`);
    }
  }), { numRuns: 400 });
});

test('converting after an edit (chunks kept) gives what a fresh conversion gives', () => {
  fc.assert(fc.property(doc, doc, fc.nat(), fc.constantFrom<Format>('markdown', 'html'), (text, insert, at, format) => {
    const converter = new ProseConverter(format);
    converter.convert(text);
    const cut = at % (text.length + 1);
    const edited = text.slice(0, cut) + insert + text.slice(cut);
    const again = converter.convert(edited);
    const fresh = toProse(edited, format);
    assert.equal(again.prose, fresh.prose);
    for (let i = 0; i <= again.prose.length; i++) assert.equal(again.map.start(i), fresh.map.start(i));
  }), { numRuns: 300 });
});

test('an editor mapping claims after edits (claims and their mapping kept) gives what a fresh analysis and mapping give', async (t) => {
  const pieces = ['said', ' “It works,” she said. ', '[Varga](https://example.org/v)', '](http://x.org/long/address)', '**', '\n\n', '<a href="y">', '</a>', '&ldquo;', 'x', ' Okafor told reporters '];
  const anEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(8), insert: fc.constantFrom(...pieces) });
  await holds(t, fc.property(fc.constantFrom<Format>('markdown', 'html'), fc.array(anEdit, { minLength: 1, maxLength: 6 }), (format, edits) => {
    let text = format === 'markdown' ? MARKDOWN : HTML;
    const converter = new ProseConverter(format);
    const analyzer = new Analyzer(models);
    const first = converter.convert(text);
    mapAnalysis(analyzer.analyze(first.prose), first.map);
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      const now = converter.convert(text);
      const fresh = toProse(text, format);
      assert.deepEqual(mapAnalysis(analyzer.analyze(now.prose), now.map), mapAnalysis(analyze(fresh.prose), fresh.map));
    }
  }), 0.05);
});
