import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, Span } from '../../../src/engine/index';
import { type Format, mapAnalysis, toProse } from '../../../src/formats/index';
import { analyze } from '../../support/engine';
import { HTML, MARKDOWN, PLAIN, withoutMarkup } from '../../support/formatArticles';

function claimsOf(text: string, format: Format): Claim[] {
  const { prose, map } = toProse(text, format);
  return mapAnalysis(analyze(prose), map).claims;
}

/** What a reader compares: who, the cue, what, as prose. */
const read = (c: Claim) => ({ speaker: c.speaker?.name ?? c.sourceText, source: c.sourceText, cue: c.cueText, content: c.contentText, type: c.type });

const plain = claimsOf(PLAIN, 'text');

test('the hand-typed plain text gives the claims the article holds', () => {
  const cues = plain.map((c) => `${c.speaker?.name ?? c.sourceText} ${c.cueText}`);
  for (const expected of ['Elena Varga said', 'Okafor said', "the city's audit According to", 'Tom Brandt said', 'Critics said']) {
    assert.ok(cues.includes(expected), `${expected} in ${cues.join(' | ')}`);
  }
});

for (const [name, text, format] of [['Markdown', MARKDOWN, 'markdown'], ['HTML', HTML, 'html']] as const) {
  const claims = claimsOf(text, format);

  test(`${name}: the same claims as the plain text (speakers, cues, contents as prose)`, () => {
    assert.deepEqual(claims.map(read), plain.map(read));
  });

  test(`${name}: claim texts hold no markup`, () => {
    for (const c of claims) {
      for (const t of [c.sourceText ?? '', c.cueText, c.contentText, c.speaker?.name ?? '']) {
        assert.doesNotMatch(t, /\]\(|\*\*|\*|<|&[#\w]+;|^\s*[-+] |^#/, t);
      }
    }
  });

  test(`${name}: every span, read in the file with its markup removed, is the claim's text`, () => {
    const at = (s: Span) => withoutMarkup(text.slice(s.start, s.end));
    for (const c of claims) {
      assert.equal(c.cue.map(at).join(' … '), withoutMarkup(c.cueText));
      if (c.source) assert.equal(at(c.source), withoutMarkup(c.sourceText ?? ''));
      assert.equal(c.content.map(at).join(' … '), withoutMarkup(c.contentText));
      for (const s of c.signals) assert.equal(at(s.span), withoutMarkup(s.text));
      assert.ok(c.range.start <= Math.min(...c.cue.map((s) => s.start)) && c.range.end >= Math.max(...c.content.map((s) => s.end)));
    }
  });

  test(`${name}: front matter, code, images, captions, bylines, navigation and scripts give no claims`, () => {
    const all = claims.map((c) => `${c.sourceText} ${c.cueText} ${c.contentText}`).join('\n');
    assert.doesNotMatch(all, /engineer|photo|hello|reopen|Desk Reporter|editor|publisher|spokesman|minister|owner|lawyer/);
  });
}

test('a link on a name: the source span runs from its first character to its last, across the link address', () => {
  const c = claimsOf(MARKDOWN, 'markdown').find((x) => x.speaker?.name === 'Elena Varga');
  assert.ok(c?.source);
  assert.equal(MARKDOWN.slice(c.source.start, c.source.start + 11), 'Elena Varga');
  assert.match(MARKDOWN.slice(c.source.start, c.source.end), /^Elena Varga\]\(https:\/\/example\.org\/people\/varga\), the mayor/);
  assert.match(c.sourceText ?? '', /^Elena Varga, the mayor/);
});

test('According to the [city\'s audit](…): the audit is the source, not "the", and the content starts after the link', () => {
  for (const [text, format] of [[MARKDOWN, 'markdown'], [HTML, 'html']] as const) {
    const c = claimsOf(text, format).find((x) => x.cueText === 'According to');
    assert.ok(c, format);
    assert.equal(c.sourceText, "the city's audit");
    assert.equal(c.sourceKind, 'document');
    assert.match(c.contentText, /^repair costs rose 12 percent/);
  }
});
