import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapSpan, toProse } from '../../../src/formats/index';
import { appendHtml } from '../../../src/formats/html';
import { ProseBuilder, type RunMap } from '../../../src/formats/proseMap';

/**
 * The HTML parser's own work (src/formats/html.ts), on invented HTML: what
 * htmlparser2's events leave to it (where entities and text stand, implied
 * ends that only matter for left-out text, raw text, line breaks), read on
 * one piece of HTML as a whole (`parse`) or on a page cut into chunks (`toProse`).
 */
function parse(html: string): { prose: string; map: RunMap } {
  const b = new ProseBuilder();
  appendHtml(b, html, 0);
  return b.finish(html.length);
}

/** The source under the first occurrence of `word` in the prose of `html` read whole. */
function under(html: string, word: string): string {
  const { prose, map } = parse(html);
  const i = prose.indexOf(word);
  assert.ok(i >= 0, `${JSON.stringify(word)} in ${JSON.stringify(prose)}`);
  const s = mapSpan(map, { start: i, end: i + word.length });
  return html.slice(s.start, s.end);
}

test('entities map entity by entity: two characters from one reference, a reference without its semicolon, one that is white space', () => {
  const html = '<p>A &NotEqualTilde; b, &notit; c,&#32;&#32;d &#x1F600;&amp;e &#0; f</p>';
  assert.equal(parse(html).prose, 'A \u2242\u0338 b, \u00acit; c, d \u{1F600}&e \ufffd f');
  assert.equal(under(html, '\u2242\u0338'), '&NotEqualTilde;');
  assert.equal(under(html, '\u2242'), '&NotEqualTilde;');
  // HTML reads &not in &notit; (a legacy name, no semicolon needed): ¬ is those four characters, "it;" is itself.
  assert.equal(under(html, '\u00ac'), '&not');
  assert.equal(under(html, '\u00acit;'), '&notit;');
  assert.equal(under(html, 'c, d'), 'c,&#32;&#32;d');
  assert.equal(under(html, '\u{1F600}&e'), '&#x1F600;&amp;e');
  assert.equal(under(html, '\ufffd'), '&#0;');
});

test('implied end tags: the next item, cell or paragraph ends one, and an end tag ends the paragraph left open inside it', () => {
  assert.equal(parse('<ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table>').prose, 'one\n\ntwo\n\na\n\nb\n\nc');
  assert.equal(parse('<div><p>Inside said</div>After<p>one<p>two').prose, 'Inside said\n\nAfter\n\none\n\ntwo');
  assert.equal(parse('<dl><dt>Term<dd>Meaning<dt>Next</dl>').prose, 'Term\n\nMeaning\n\nNext');
});

test('a byline or a caption left open ends where HTML ends it: the next block is text again', () => {
  // htmlparser2 nests <li> (and <dd>, <summary>…) inside an open <p>; HTML ends the <p> there, and so do the chunks.
  assert.equal(parse('<p class="byline">By Jo Doe<li>Varga said it.</li>').prose, 'Varga said it.');
  assert.equal(parse('<p class="byline">By <span>Jo Doe<li>Varga said it.').prose, 'Varga said it.');
  assert.equal(parse('<p class="byline">By Jo Doe<div>Varga said it.</div>').prose, 'Varga said it.');
  assert.equal(parse('<li class="author">Jo Doe<li>Varga said it.').prose, 'Varga said it.');
  // Other left-out elements stay left out up to their end tag.
  assert.equal(parse('<aside>Related<p>More said</p><li>x</li></aside>Kept').prose, 'Kept');
  assert.equal(parse('<p>Before<button><div>Press</div></button> after.</p>').prose, 'Before after.');
  // The same in a Markdown file's HTML block (parsed whole, not cut into chunks).
  assert.equal(toProse('<p class="byline">By Jo Doe\n<li>Varga said it.</li>\n\nNext.\n', 'markdown').prose, 'Varga said it.\n\nNext.');
});

test('script and style hold no text, whatever tags or entities they seem to hold; comments, CDATA and processing instructions are passed over', () => {
  const html = '<p>Before <script>if (a < b) document.write("<p>said &amp; done</p>")</script>after<style>p::after { content: "</p>said" }</style>.</p>';
  assert.equal(parse(html).prose, 'Before after.');
  assert.equal(under(html, 'after.'), 'after<style>p::after { content: "</p>said" }</style>.');
  assert.equal(parse('a<!-- said -->b<![CDATA[said]]>c<?php said ?>d<!-->e<!x>f').prose, 'abcdef');
  assert.equal(parse('<title>Said &amp; done</title><textarea>said</textarea><noscript><p>said</p></noscript>Kept').prose, 'Kept');
});

test('<br> is a line break inside its block (not a block end), mapped to its tag; </br> is one too, as browsers read it', () => {
  const html = '<p>Line one<br>line two<br/>three</br>four</p>';
  assert.equal(parse(html).prose, 'Line one\nline two\nthree\nfour');
  assert.equal(under(html, 'one\nline'), 'one<br>line');
  assert.equal(under(html, 'two\nthree'), 'two<br/>three');
  assert.equal(under(html, 'three\nfour'), 'three</br>four');
  assert.equal(parse('<nav>Home<br>News</nav>Kept').prose, 'Kept');
});

test('white space collapses, with no space at either end of a block; a U+0000 is no text', () => {
  assert.equal(parse('<p>  said \n\t the <b>mayor</b> </p><p> so </p>').prose, 'said the mayor\n\nso');
  assert.equal(parse('<p>sa\u0000id</p>').prose, 'said');
  assert.equal(under('<p>sa\u0000id</p>', 'said'), 'sa\u0000id');
});

test('text in a page\'s <head> outside its title, scripts and styles is read, as a browser moves it to the body', () => {
  assert.equal(parse('<head><title>Title</title><script>x()</script>Loose said<meta charset="utf-8"></head>').prose, 'Loose said');
  assert.equal(toProse('<html><head><title>T</title><p>Text said.', 'html').prose, 'Text said.');
});

test('malformed HTML never throws and every offset maps into the file: cut tags, bare references, foreign content', () => {
  for (const html of ['<p class="x', "<a href='", '&#', '&#x;', '&', '</', '<', '<p>a</', '<svg><p>said</svg>x', '<math><mi>x</mi>', '<table>said<tr>', '<<p>>', '<p>said</p >next</ p>', '<a></a></b></p></br>', '<xmp><p>said</xmp>']) {
    const { prose, map } = parse(html);
    for (let i = 0; i < prose.length; i++) assert.ok(map.start(i) >= 0 && map.start(i) <= map.end(i) && map.end(i) <= html.length, `${html}: ${i}`);
  }
  assert.equal(parse('<svg><p>said</svg>x').prose, 'x');
  assert.equal(parse('<xmp><p>said</xmp>').prose, '<p>said');
});
