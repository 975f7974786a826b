import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personName } from '../../../../src/review/corpus/speakerNames';
import { mergeSpeakers } from '../../../../src/review/corpus/speakers';

const person = (...names: string[]) => ({ names: names.map((name) => ({ name, person: true })) });

test('a name is read into first name, surname and suffix; titles, middle names and initials left out', () => {
  assert.deepEqual(personName('Donald J. Trump'), { first: 'donald', last: 'trump' });
  assert.deepEqual(personName('Sen. Elizabeth Ann Warren'), { first: 'elizabeth', last: 'warren' });
  assert.deepEqual(personName('Pres. Obama'), { last: 'obama' });
  assert.deepEqual(personName('Donald Trump Jr.'), { first: 'donald', last: 'trump', suffix: 'jr' });
  assert.deepEqual(personName('Martin O’Malley'), { first: 'martin', last: "o'malley" });
  assert.deepEqual(personName('Ludwig van Beethoven'), { first: 'ludwig', last: 'van beethoven' });
  assert.deepEqual(personName('José Núñez'), { first: 'jose', last: 'nunez' });
  for (const notOne of ['a spokesman for Mr. Trump', 'the candidate', "Trump's", 'Mr.', 'Group 7']) assert.equal(personName(notOne), undefined, notOne);
});

test('"Trump", "Donald Trump" and "Donald J. Trump" across three articles are one speaker, shown by the full name', () => {
  const m = mergeSpeakers([person('Donald Trump'), person('Donald J. Trump', 'Trump'), person('Trump'), person('Donald Trump')]);
  const keys = [m.keyOf(0, 'Donald Trump', true), m.keyOf(1, 'Donald J. Trump', true), m.keyOf(1, 'Trump', true), m.keyOf(2, 'Trump', true)];
  assert.equal(new Set(keys).size, 1);
  assert.equal(m.display(keys[0]), 'Donald Trump');
});

test('two different first names are never merged, nor a Jr. with his father', () => {
  const m = mergeSpeakers([person('Hillary Clinton'), person('Bill Clinton'), person('Donald Trump'), person('Donald Trump Jr.'), person('Joe Biden'), person('Joseph R. Biden')]);
  assert.notEqual(m.keyOf(0, 'Hillary Clinton', true), m.keyOf(1, 'Bill Clinton', true));
  assert.notEqual(m.keyOf(2, 'Donald Trump', true), m.keyOf(3, 'Donald Trump Jr.', true));
  assert.notEqual(m.keyOf(4, 'Joe Biden', true), m.keyOf(5, 'Joseph R. Biden', true));
});

test('a surname alone joins the full name its own article gives, even against the corpus', () => {
  const corpus = [person('Hillary Clinton'), person('Hillary Clinton'), person('Hillary Clinton'), person('Bill Clinton', 'Clinton')];
  const m = mergeSpeakers(corpus);
  assert.equal(m.keyOf(3, 'Clinton', true), m.keyOf(3, 'Bill Clinton', true));
  assert.notEqual(m.keyOf(3, 'Clinton', true), m.keyOf(0, 'Hillary Clinton', true));
});

test('a surname alone elsewhere joins the corpus\'s full name only when it dominates', () => {
  const many = Array.from({ length: 19 }, () => person('Barack Obama'));
  const m = mergeSpeakers([...many, person('Michelle Obama'), person('Obama')]);
  assert.equal(m.keyOf(20, 'Obama', true), m.keyOf(0, 'Barack Obama', true), '19 of 20 articles');
  // Five articles of Bill against eleven of Hillary: "Clinton" alone could be either.
  const split = mergeSpeakers([...Array.from({ length: 11 }, () => person('Hillary Clinton')), ...Array.from({ length: 5 }, () => person('Bill Clinton')), person('Clinton'), person('Clinton')]);
  const alone = split.keyOf(16, 'Clinton', true);
  assert.notEqual(alone, split.keyOf(0, 'Hillary Clinton', true));
  assert.notEqual(alone, split.keyOf(11, 'Bill Clinton', true));
  assert.equal(split.keyOf(17, 'Clinton', true), alone, 'the bare surnames stay together');
  assert.equal(split.display(alone), 'Clinton');
});

test('a first name alone joins the one person of that first name in the same article only', () => {
  const m = mergeSpeakers([person('Hillary Clinton', 'Hillary'), person('Hillary')]);
  assert.equal(m.keyOf(0, 'Hillary', true), m.keyOf(0, 'Hillary Clinton', true));
  assert.notEqual(m.keyOf(1, 'Hillary', true), m.keyOf(0, 'Hillary Clinton', true));
});

test('names that are not people are merged only when written alike (case, "the", a possessive aside)', () => {
  const m = mergeSpeakers([{ names: [{ name: 'The New York Times', person: false }] }, { names: [{ name: "the New York Times'", person: false }] }, { names: [{ name: 'New York', person: false }] }]);
  assert.equal(m.keyOf(0, 'The New York Times', false), m.keyOf(1, "the New York Times'", false));
  assert.notEqual(m.keyOf(0, 'The New York Times', false), m.keyOf(2, 'New York', false));
  // An organisation named like a person's surname is not taken for the person.
  const n = mergeSpeakers([person('Donald Trump'), { names: [{ name: 'Trump', person: false }] }]);
  assert.notEqual(n.keyOf(1, 'Trump', false), n.keyOf(0, 'Donald Trump', true));
});

test('"the author" (I in an article\'s own voice) is a different speaker in each article', () => {
  const m = mergeSpeakers([person('the author'), person('the author')]);
  assert.notEqual(m.keyOf(0, 'the author', true), m.keyOf(1, 'the author', true));
  assert.equal(m.display(m.keyOf(0, 'the author', true)), 'the author');
});

test('a word for a kind of speaker (Republican, State, Major Companies) is not one speaker across articles', () => {
  const m = mergeSpeakers([{ names: [{ name: 'Republican', person: true }] }, { names: [{ name: 'Republican', person: true }] }, { names: [{ name: 'Reuters', person: false }] }, { names: [{ name: 'Reuters', person: false }] }]);
  assert.notEqual(m.keyOf(0, 'Republican', true), m.keyOf(1, 'Republican', true));
  assert.equal(m.keyOf(2, 'Reuters', false), m.keyOf(3, 'Reuters', false));
});
