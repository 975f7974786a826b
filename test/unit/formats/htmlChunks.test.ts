import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toProse } from '../../../src/formats/index';
import { appendHtml } from '../../../src/formats/html';
import { htmlChunks } from '../../../src/formats/htmlChunks';
import { ProseBuilder } from '../../../src/formats/proseMap';

/**
 * A page cut into chunks (htmlChunks.ts) reads as the page read whole: each
 * chunk parses on its own as it does inside the page, so the chunked prose
 * and map equal a whole-page parse (for pages without article or main, where
 * the chunks also choose the article's part).
 */
function whole(html: string): { prose: string; starts: number[] } {
  const b = new ProseBuilder();
  appendHtml(b, html, 0);
  const { prose, map } = b.finish(html.length);
  return { prose, starts: [...prose].map((_, i) => map.start(i)) };
}

const PIECES = ['said', ' ', 'Varga', '\n', '\n\n', '&amp;', '&ldquo;', '&bogus;', '&', '<p>', '</p>', '<a href="x">', '</a>', '<br>', '<em>', '</em>',
  '<script>', '</script>', '<!--', '-->', '<nav>', '</nav>', '<div class="byline">', '<span class="byline">', '</span>', '</div>', '<div>',
  '<figure>', '</figure>', '<figcaption>', '</figcaption>', '<li>', '</li>', '<ul>', '</ul>', '<td>', '<table>', '</table>', '<h2>', '</h2>',
  '<blockquote>', '</blockquote>', '<aside>', '</aside>', '<pre>', '</pre>', '“', 'x'];
// Well-formed tags, nested any way at all: what the chunks promise. Malformed tags themselves (one cut off by the end of the
// page, a quote in an attribute's name, a stray "<") are read by the tokenizer in ways the chunks' scan of tags does not follow.
const page = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((xs) => xs.join(''));

test('a page cut into chunks reads as the page read whole: the same prose, every character of its text from the same place', () => {
  fc.assert(fc.property(page, (html) => {
    const chunked = toProse(html, 'html');
    const read = whole(html);
    assert.equal(chunked.prose, read.prose, `chunks ${JSON.stringify(htmlChunks(html))}`);
    // Every character of the text from the same place (a paragraph break between two blocks is the builder's, not the page's: where it maps may differ).
    for (let i = 0; i < read.prose.length; i++) if (read.prose[i] !== '\n') assert.equal(chunked.map.start(i), read.starts[i], `prose ${i}`);
  }), { numRuns: 20000 });
});

test('an element left out whose end tag is missing ends where its parent ends, as the parser ends it: the text after the parent is its own chunk', () => {
  const html = '<figure><img src="x.jpg"><figcaption>Photo: Jane Doe</figure>\n<p>Reyes said the plan was rushed.</p>\n<p>Ortiz said it was not.</p>';
  assert.equal(toProse(html, 'html').prose, whole(html).prose);
  const chunks = htmlChunks(html);
  assert.ok(chunks.length >= 3, `the paragraphs after the figure are chunks of their own: ${JSON.stringify(chunks)}`);
  assert.ok(chunks.every((c) => c.end - c.start < 60), 'no chunk holds the rest of the page');
});
