import type { Claim } from '../../src/engine/types';
import type { Verdict, VerdictRecord } from '../../src/review/verdicts/index';

/**
 * Strings an article, a verdict file, a fact-check answer or a setting could
 * hold to make a hover, a tooltip or an export link somewhere, load
 * something or change its shape. Every surface runs each of them through
 * `problems()` (renderedMarkdown.ts).
 */
const RATE_ARGS = encodeURIComponent(JSON.stringify([{ id: 'c0', rating: 'True' }]));

export const HOSTILE: string[] = [
  // A newline out of `<…>`, then a command link whose arguments skip the prompts.
  `https://ok.example/a>\n[Rate as True](command:claimLens.rateClaim?[{"id":"c0","rating":"True"}])`,
  `x\n\n[Rate as True](command:claimLens.rateClaim?${RATE_ARGS})`,
  '![t](https://evil.example/pixel.png)',
  '<img src="https://evil.example/pixel.png">',
  '[open](vscode://file/etc/passwd)',
  '[run](javascript:alert(1))',
  '<https://evil.example/autolink>',
  '<mail@evil.example>',
  'see https://evil.example/bare and www.evil.example/w and evil.com or mail@evil.com',
  'ftp://evil.example/file',
  'note\n===',
  'note\n---\nmore',
  '# heading',
  '~~struck~~ and ~one~',
  '&lt;img src=x&gt; &#60;b&#62; &commat;',
  '<script>alert(1)</script><a href="https://evil.example/raw">raw</a>',
  '<!-- hide the rest',
  '$(zap) $(link-external)',
  '[ref]\n\n[ref]: https://evil.example/ref',
  '`code` ``` fence',
  '| a | b |\n| - | - |\n| c | d |',
  'ends in a backslash\\',
  '1. item\n2) item\n- item\n+ item\n> quote\n    code',
  'a\u2028b\u2029c\u0085d\re\tf',
  '*em* _em_ **strong** __strong__',
  'https\u200b://evil.example/zero-width',
  '[x]( https://evil.example/spaced )',
  '![t][img]\n\n[img]: https://evil.example/p.png',
  '<https://ok.example&#64;evil.example/>',
  '[x](https://ok.example&commat;evil.example/)',
  // A well-formed URL whose entity would read as "ok.example@evil.example" to a renderer that decodes it.
  'https://ok.example&commat;evil.example/',
  ')[x](https://evil.example/paren)',
  '[^1] ^sup^ ==mark== ++ins++ :smile:',
];

/** A good evidence link, with a query string: it must stay a working link. */
export const GOOD_LINK = 'https://ok.example/evidence?a=1&b=2';

/** A claim, a verdict and an orphaned record whose every shown field holds `h`. */
export function hostileClaim(base: Claim, h: string): Claim {
  return {
    ...base, sourceText: h, cueText: h, contentText: h, speaker: { name: h },
    signals: [{ kind: 'figure', span: base.content[0], text: h }],
  };
}
export function hostileVerdict(h: string): Verdict {
  return { rating: h, note: h, evidence: [h, GOOD_LINK], updated: '2026-11-28T10:00:00.000Z' };
}
export function hostileRecord(h: string): VerdictRecord {
  const key = { source: h, cue: h, content: h, before: '', after: '' };
  return { id: 'v1', key, claimId: 'c0', shown: { source: h, cue: h, content: h }, verdict: hostileVerdict(h) };
}

/** A verdict file's record whose fields are of the wrong types (until the verdict file is validated field by field). */
export function mistypedRecord(): VerdictRecord {
  const verdict = { rating: { label: 'True' }, note: 42, evidence: 'javascript:alert(1)', updated: 7 };
  return { id: 'v2', key: { source: 1, cue: null, content: ['x'], before: '', after: '' }, claimId: 'c0', shown: { source: [], cue: {}, content: 3 }, verdict } as unknown as VerdictRecord;
}
