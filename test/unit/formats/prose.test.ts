import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from '../../../src/engine/index';
import { mapSpan, ProseConverter, toProse } from '../../../src/formats/index';

/** The source text under each prose character, for a compact check of a map. */
function under(text: string, format: 'markdown' | 'html', word: string): string {
  const { prose, map } = toProse(text, format);
  const i = prose.indexOf(word);
  assert.ok(i >= 0, `${word} in ${JSON.stringify(prose)}`);
  const s = mapSpan(map, { start: i, end: i + word.length });
  return text.slice(s.start, s.end);
}

test('plain text is its own prose, with the identity map', () => {
  const { prose, map } = toProse('Varga said *so*.', 'text');
  assert.equal(prose, 'Varga said *so*.');
  assert.equal(map.identity, true);
  assert.deepEqual(mapSpan(map, { start: 2, end: 5 }), { start: 2, end: 5 });
});

test('Markdown: blocks become paragraphs; links, emphasis, escapes and entities are read as prose', () => {
  const md = '# Title *here*\n\nA [link](http://x.org "t") and **bold** \\*star\\* &amp; &ldquo;q&rdquo;.\n\n> quoted\n> on two lines\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| c | d |\n\n`code` left, ![alt](i.png) out.\n';
  const { prose } = toProse(md, 'markdown');
  assert.equal(prose, 'Title here\n\nA link and bold *star* & “q”.\n\nquoted\non two lines\n\none\n\ntwo\n\na\n\nb\n\nc\n\nd\n\n left,  out.');
  assert.equal(under(md, 'markdown', '&'), '&amp;');
  assert.equal(under(md, 'markdown', '“q”'), '&ldquo;q&rdquo;');
  assert.equal(under(md, 'markdown', '*star*'), '\\*star\\*');
  assert.equal(under(md, 'markdown', 'quoted\non'), 'quoted\n> on');
  assert.equal(under(md, 'markdown', 'link and bold'), 'link](http://x.org "t") and **bold');
});

test('Markdown: link references resolve across chunks; HTML blocks are read as HTML', () => {
  const md = 'The [audit][a] said so.\n\n<div class="note"><p>Varga &amp; Co said <b>no</b>.</p></div>\n\n[a]: https://example.org/audit\n';
  const { prose } = toProse(md, 'markdown');
  assert.equal(prose, 'The audit said so.\n\nVarga & Co said no.');
  assert.equal(under(md, 'markdown', '& Co'), '&amp; Co');
});

test('Markdown: a blank line inside a fence, an HTML comment or a list item cuts no block apart', () => {
  const md = '- item one\n\n    more of item one\n- item two\n\n```\nsaid\n\nsaid\n```\n\n<!--\n\nsaid\n-->\n\nEnd.';
  assert.equal(toProse(md, 'markdown').prose, 'item one\n\nmore of item one\n\nitem two\n\nEnd.');
});

test('HTML: entities map entity by entity; white space collapses; block elements end blocks, inline ones do not', () => {
  const html = '<p>&ldquo;Yes,&rdquo; said\n   <a href="/x">Ann&nbsp;Lee</a>&#x2014;twice.</p><p>Next<br>line</p><div>A <span>b</span> c</div>';
  const { prose } = toProse(html, 'html');
  assert.equal(prose, '“Yes,” said Ann\u00a0Lee—twice.\n\nNext\nline\n\nA b c');
  assert.equal(under(html, 'html', '“Yes,”'), '&ldquo;Yes,&rdquo;');
  assert.equal(under(html, 'html', 'Ann\u00a0Lee—'), 'Ann&nbsp;Lee</a>&#x2014;');
  assert.equal(under(html, 'html', 'said Ann'), 'said\n   <a href="/x">Ann');
});

test('HTML: article or main is preferred; left-out elements (nav, aside, byline, caption, script) leave no text', () => {
  const html = '<body><p>Outside said</p><main><p class="author-name">Jo Doe</p><p>Inside <script>x()</script>text<p>Second</main><footer>foot</footer></body>';
  assert.equal(toProse(html, 'html').prose, 'Inside text\n\nSecond');
  const page = '<body><nav>menu</nav><p>Kept<aside>aside</aside><figure><figcaption>caption</figcaption></figure><p>too</body>';
  assert.equal(toProse(page, 'html').prose, 'Kept\n\ntoo');
});

test('bad input never throws: unclosed tags, stray markup, empty files', () => {
  for (const [t, f] of [['', 'markdown'], ['', 'html'], ['<p', 'html'], ['<<>>&&;;', 'html'], ['[x](', 'markdown'], ['---\nno end', 'markdown'], ['<!--', 'html'], ['<script>', 'html']] as const) {
    const { prose, map } = toProse(t, f);
    for (let i = 0; i <= prose.length; i++) assert.ok(map.start(i) >= 0 && map.start(i) <= t.length);
  }
});

test('an edit converts only the chunk it touched, and gives what a fresh conversion gives', () => {
  for (const [format, para, edit] of [['markdown', (i: number) => `Para ${i} [Varga](https://example.org/${i}) said it.`, (t: string) => t.replace('example.org/7)', 'example.org/77)')], ['html', (i: number) => `<p>Para ${i} <a href="https://example.org/${i}">Varga</a> said it.</p>`, (t: string) => t.replace('example.org/7"', 'example.org/77"')]] as const) {
    const text = Array.from({ length: 40 }, (_, i) => para(i)).join('\n\n');
    const converter = new ProseConverter(format);
    const first = converter.convert(text);
    const edited = edit(text);
    assert.notEqual(edited, text);
    const again = converter.convert(edited);
    assert.equal(again.prose, first.prose, 'an edit inside a link address leaves the prose as it was');
    const fresh = toProse(edited, format);
    assert.equal(again.prose, fresh.prose);
    for (let i = 0; i < again.prose.length; i++) assert.equal(again.map.start(i), fresh.map.start(i));
  }
});

test('an edit inside a link\'s text or an HTML attribute changes the prose of its block only (so the engine analyses that block again, and no other)', () => {
  const blocksOf = (prose: string) => splitBlocks(prose).map((s) => prose.slice(s.start, s.end));
  const md = Array.from({ length: 30 }, (_, i) => `Para ${i}: the [mayor](https://example.org/${i}) said the plan would work.`).join('\n\n');
  const page = Array.from({ length: 30 }, (_, i) => `<p class="p${i}">Para ${i}: the <a href="/m${i}">mayor</a> said the plan would work.</p>`).join('\n');
  for (const [format, text, edited] of [
    ['markdown', md, md.replace('[mayor](https://example.org/12)', '[mayors](https://example.org/12)')],
    ['html', page, page.replace('<a href="/m12">mayor</a>', '<a href="/m12">mayors</a>')],
    ['html', page, page.replace('class="p12"', 'class="p12 wide"')],
  ] as const) {
    const converter = new ProseConverter(format);
    const before = new Set(blocksOf(converter.convert(text).prose));
    const after = blocksOf(converter.convert(edited).prose);
    const fresh = after.filter((b) => !before.has(b));
    assert.ok(fresh.length <= 1, `${format}: ${fresh.length} blocks changed`);
    assert.equal(after.length, before.size);
    if (edited.includes('mayors')) assert.match(fresh[0], /^Para 12: the mayors said/);
  }
});
