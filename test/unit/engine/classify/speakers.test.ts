import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, lexicon } from '../../../support/engine';
import { fullNames, personalName, resolveSpeakers } from '../../../../src/engine/classify/speakers';


test('a resolved pronoun points at its antecedent as written: after a possessive, a double space, CRLF', () => {
  for (const [text, antecedent] of [
    ['Nasser Kanani’s office issued a statement on Monday. “We will not attend,” he said.', 'Nasser Kanani'],
    ['The spokesman Nasser  Kanani spoke on Monday.\r\n“We will not attend,” he said.', 'Nasser  Kanani'],
    ['Reporters met Nasser\r\nKanani on Monday. “We will not attend,” he said.', 'Nasser\r\nKanani'],
  ]) {
    const he = analyze(text).claims.find((c) => c.sourceText === 'he');
    assert.ok(he?.speaker?.from, text);
    assert.equal(he.speaker.name, 'Nasser Kanani');
    assert.equal(text.slice(he.speaker.from.start, he.speaker.from.end), antecedent);
  }
});

test('fullNames: the name without titles or possessive, with the span it has in the text', () => {
  const text = 'Albanian Prime Minister Edi Rama’s visit. Then Priya  Natarajan spoke.';
  const found = fullNames(text, lexicon);
  assert.deepEqual(found.map((n) => [n.name, text.slice(n.span.start, n.span.end)]), [['Edi Rama', 'Edi Rama'], ['Priya Natarajan', 'Priya  Natarajan']]);
  assert.equal(personalName('Priya Natarajan, a hydrologist at Lakeside University', lexicon), 'Priya Natarajan');
  assert.equal(personalName('the ministry', lexicon), undefined);
});

test('personal names drop titles and nationalities', () => {
  assert.equal(personalName('Iranian foreign ministry spokesman Nasser Kanani', lexicon), 'Nasser Kanani');
  assert.equal(personalName('Former US Vice President Mike Pence', lexicon), 'Mike Pence');
  assert.equal(personalName('Albanian Prime Minister Edi Rama', lexicon), 'Edi Rama');
  assert.equal(personalName('the ministry', lexicon), undefined);
});

test('a source with an antecedent resolves as its antecedent does', () => {
  const text = 'Luis Ortiz spoke. Later the lawyer, Ortiz, who said it, left.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [, who] = resolveSpeakers([
    { span: at('Luis Ortiz'), text: 'Luis Ortiz', kind: 'person' },
    { span: at('who'), text: 'who', kind: 'pronoun', antecedent: { span: at('Ortiz,'), text: 'Ortiz', kind: 'person' } },
  ], fullNames(text, lexicon), lexicon);
  assert.equal(who.speaker?.name, 'Luis Ortiz');
  assert.equal(who.kind, 'person');
});
