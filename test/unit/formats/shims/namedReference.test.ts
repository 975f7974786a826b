import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeNamedCharacterReference } from '../../../../src/formats/shims/namedReference';
import { toProse } from '../../../../src/formats/index';

test('named references decode as HTML decodes them; prefixes of names and unknown names are no references', () => {
  const cases: [string, string | false][] = [
    ['amp', '&'], ['ldquo', '“'], ['rsquo', '’'], ['nbsp', '\u00a0'], ['semi', ';'], ['Afr', '𝔄'], ['NotEqualTilde', '≂̸'], ['ThickSpace', '\u205f\u200a'],
    ['ampx', false], ['notx', false], ['copy2', false], ['foo', false], ['', false], ['#123', false], ['a b', false],
  ];
  for (const [name, expected] of cases) assert.equal(decodeNamedCharacterReference(name), expected, name);
});

test('micromark reads Markdown references through it (the build aliases the package to it); &notit; is no reference in CommonMark, though HTML would read &not in it', () => {
  assert.equal(toProse('Fish &amp; chips, &ldquo;hot&rdquo; &ampx; &notit; &#8212; done.', 'markdown').prose, 'Fish & chips, “hot” &ampx; &notit; — done.');
});
