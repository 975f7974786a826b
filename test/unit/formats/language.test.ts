import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectLanguage, isForeign, languageName, MIN_LETTERS } from '../../../src/formats/index';
import { readCorpus } from '../../../src/tools/corpus';
import { FOREIGN_ARTICLES, FOREIGN_CODES, type ForeignLanguage, MORE_ARTICLES, OTHER_SCRIPTS } from '../../support/foreignArticles';
import { ROOT } from '../../support/root';

const CORPORA = join(ROOT, '..', 'shared', 'corpora');
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

test('every PolNeAR dev text and the seed article read as English, whole and in halves, never as a language Claim Lens would refuse', () => {
  const docs = [...readCorpus(join(CORPORA, 'polnear', 'dev')), ...readCorpus(join(CORPORA, 'seed'))];
  assert.ok(docs.length >= 80, `the dev texts and the seed article must be under ${CORPORA}`);
  const wrong: string[] = [];
  for (const { name, text } of docs) {
    const half = Math.floor(text.length / 2);
    for (const [part, t] of [['whole', text], ['first half', text.slice(0, half)], ['second half', text.slice(half)]] as const) {
      const d = detectLanguage(t);
      const expected = letters(t) < MIN_LETTERS ? 'und' : 'eng';
      if (d.code !== expected || !d.english || isForeign(d)) wrong.push(`${name} (${part}): ${d.name}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the invented French, Spanish, German, Portuguese and Italian articles are named, reliably, and are not English', () => {
  for (const [language, text] of Object.entries(FOREIGN_ARTICLES) as [ForeignLanguage, string][]) {
    assert.ok(letters(text) >= MIN_LETTERS, `${language} is long enough to be judged`);
    const d = detectLanguage(text);
    assert.deepEqual(d, { code: FOREIGN_CODES[language], name: language, english: false, reliable: true }, language);
    assert.equal(isForeign(d), true, language);
  }
});

test('long articles (a full 2,048-character sample of different sentences) are as reliably foreign as short ones; each of their parts too', () => {
  for (const [language, more] of Object.entries(MORE_ARTICLES) as [ForeignLanguage, string[]][]) {
    const long = [FOREIGN_ARTICLES[language], ...more].join('\n\n');
    for (const text of [long, ...more]) {
      const d = detectLanguage(text);
      assert.deepEqual([d.code, d.reliable, isForeign(d)], [FOREIGN_CODES[language], true, true], `${language}, ${text.length} characters`);
    }
  }
});

test('Russian, Chinese and Arabic are told by their script (Chinese with no spaces between words)', () => {
  for (const [language, text] of Object.entries(OTHER_SCRIPTS)) {
    const d = detectLanguage(text);
    assert.equal(d.name, language);
    assert.equal(isForeign(d), true, language);
  }
});

test('half French, half English: no reliable verdict, so it is analysed', () => {
  const french = [FOREIGN_ARTICLES.French, ...(MORE_ARTICLES.French ?? [])].join('\n\n');
  const [seed] = readCorpus(join(CORPORA, 'seed'));
  const english = seed.text.slice(0, french.length);
  for (const mixed of [`${french}\n${english}`, `${english}\n${french}`]) assert.equal(isForeign(detectLanguage(mixed)), false);
});

test('a text under 200 letters is undetermined and treated as English, whatever its language', () => {
  const french = FOREIGN_ARTICLES.French;
  let cut = french.length;
  while (letters(french.slice(0, cut)) >= MIN_LETTERS) cut--;
  const short = detectLanguage(french.slice(0, cut));
  assert.deepEqual(short, { code: 'und', name: 'undetermined', english: true, reliable: false });
  assert.equal(isForeign(short), false);
  assert.equal(detectLanguage('').code, 'und');
  assert.equal(detectLanguage('« Non », a-t-il dit.').english, true);
});

test('a page of English names and figures is undetermined: too few words to tell (franc alone says German)', () => {
  const names = ['Adam Khan', 'Andres Ramirez', 'Jim DeGraffenreid', 'Kristen Orthman', 'Dag Wennick', 'Laura Van Der Berg', 'Jürgen Albrecht', 'Matt Schultz'];
  const page = Array.from({ length: 40 }, (_, i) => `Nevada ${i + 1}: ${names.slice(i % 4).join(', ')}, ${1200 + i * 37} votes (${(i * 1.7).toFixed(1)}%).`).join('\n');
  const d = detectLanguage(page);
  assert.ok(letters(page) > 2000);
  assert.deepEqual(d, { code: 'und', name: 'undetermined', english: true, reliable: false });
});

test('an English article quoting a French paragraph stays English; a French article with English page furniture stays French', () => {
  const english = [
    'The council of Vernay-sur-Loire approved a budget on Tuesday that its critics said would close two schools.',
    'The mayor, Hélène Dufresne, said the town had no choice and that the new bridge would be built in spring.',
    'The opposition leader, Marc Olivier, told reporters that the figures had been revised three times since January and that nobody could say what the works would cost.',
    FOREIGN_ARTICLES.French.split('\n\n')[1],
    'Residents who spoke to the Herald were divided. Many said they had not been consulted about the plan.',
  ].join('\n\n');
  assert.equal(detectLanguage(english).code, 'eng');
  const furniture = ['Share on Twitter', 'Advertisement', 'Sign up for our newsletter', 'Most read', 'Follow us'].join('\n');
  const french = `${furniture}\n${FOREIGN_ARTICLES.French}${furniture}\n`;
  assert.equal(detectLanguage(french).code, 'fra');
});

test('a 1 MB text is judged from a sample spread over it: French after a long English opening is seen, cheaply', () => {
  const englishOpening = 'The committee said on Monday that it would publish the full report after the election, and that the figures were final.\n'.repeat(1500);
  const frenchBody = FOREIGN_ARTICLES.French.repeat(Math.ceil(1_000_000 / FOREIGN_ARTICLES.French.length));
  const text = englishOpening + frenchBody;
  assert.ok(text.length > 1_000_000 && englishOpening.length < text.length / 4);
  const t0 = performance.now();
  const d = detectLanguage(text);
  const ms = performance.now() - t0;
  assert.equal(d.code, 'fra', 'three of the four slices are French');
  assert.ok(ms < 50, `detection on 1 MB took ${ms.toFixed(1)} ms`);
  assert.equal(detectLanguage(englishOpening.repeat(6)).code, 'eng');
});

test('languageName: the English name of a common language, else the code', () => {
  assert.equal(languageName('fra'), 'French');
  assert.equal(languageName('nld'), 'Dutch');
  assert.equal(languageName('xyz'), 'xyz');
});
