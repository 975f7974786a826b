import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayText, evidenceMarkdown, markdownLink, markdownText } from '../../../src/review/markdownText';
import { GOOD_LINK, HOSTILE } from '../../support/hostileStrings';
import { problems, render } from '../../support/renderedMarkdown';

/** The text a reader sees in rendered HTML. */
const seen = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[n] ?? '').trim();

test('markdownText: every hostile string renders as exactly its own text (on one line), linking and loading nothing', () => {
  for (const h of HOSTILE) {
    const md = markdownText(h);
    assert.deepEqual(problems(md), [], JSON.stringify(h));
    assert.deepEqual(problems(`# ${md}\n\n- **${md}** — *${md}*\n\n> ${md}`, [], 1), [], JSON.stringify(h));
    const folded = h.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
    for (const r of render(md)) assert.equal(seen(r.html), folded, `${r.renderer}: ${JSON.stringify(h)}`);
  }
});

test('markdownText escapes at least what VS Code\'s appendText escapes, and the rest of the Markdown punctuation', () => {
  for (const ch of '\\`*_{}[]()#+-!~>' + '<&|=:./@$^') assert.equal(markdownText(ch), `\\${ch}`, ch);
  for (const ch of ',;?%"\'') assert.equal(markdownText(ch), ch, ch);
  assert.equal(markdownText('a\n===\r\n\tb\u2028c'), 'a \\=\\=\\= b c');
});

test('displayText shows a field of any type; markdownLink links only http(s) URLs', () => {
  assert.deepEqual([displayText('x'), displayText(42), displayText(true), displayText(null), displayText(undefined), displayText({ a: [1] })], ['x', '42', 'true', '', '', '{"a":[1]}']);
  assert.equal(markdownLink(GOOD_LINK), '[https\\:\\/\\/ok\\.example\\/evidence?a\\=1\\&b\\=2](https://ok.example/evidence?a=1\\&b=2)');
  // The checker sees the link (in both renderers) unless it is one the code meant to emit.
  assert.equal(problems(markdownLink(GOOD_LINK, 'the minutes')).length, 2);
  assert.deepEqual(problems(`- ${markdownLink(GOOD_LINK, 'the minutes')}`, [GOOD_LINK]), []);
  assert.equal(markdownLink('javascript:alert(1)', 'x'), 'x');
  assert.equal(markdownLink('https://a.example/ok', 'a ](javascript:alert(1))'), '[a \\]\\(javascript\\:alert\\(1\\)\\)](https://a.example/ok)');
  // An entity in the target must not turn into a character: the link goes to ok.example and nowhere else.
  const tricky = 'https://ok.example&commat;evil.example/';
  for (const r of render(markdownLink(tricky))) assert.deepEqual(r.links.map((l) => new URL(l).host), ['ok.example&commat;evil.example'], r.html);
  assert.deepEqual(evidenceMarkdown('https://a.example/'), ['[https\\:\\/\\/a\\.example\\/](https://a.example/)']);
  assert.deepEqual(evidenceMarkdown([null, 5, 'javascript:x']), ['5', 'javascript\\:x']);
});
