import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../support/engine';

/** Who the claim whose cue is `cue` names as its speaker (invented articles, one construction each). */
function speakerOf(text: string, cue: string): string | undefined {
  const claims = analyze(text).claims;
  const c = claims.find((x) => x.cueText === cue || x.cueText.startsWith(cue + ' '));
  assert.ok(c, `no claim with the cue "${cue}" in: ${text}\n(found: ${claims.map((x) => x.cueText).join(', ')})`);
  return c.speaker?.name ?? c.sourceText;
}

test('she is the woman named before, not the man named after her or before her', () => {
  const text = 'Mark Fischer opened the clinic in 2019. His colleague, Dr. Helen Brandt, runs the night shift.\n\n“It works,” she says.';
  assert.equal(speakerOf(text, 'says'), 'Helen Brandt');
  const text2 = 'Laura Chen met Tom Weber at the depot on Monday.\n\n“We are short of drivers,” she said.';
  assert.equal(speakerOf(text2, 'said'), 'Laura Chen');
});

test('he is never a company or a newspaper', () => {
  const text = 'Daniel Ortega praised the new phone. Apple Computer Inc. declined to comment.\n\n“It is a good product,” he said.';
  assert.equal(speakerOf(text, 'said'), 'Daniel Ortega');
});

test('what the article says of a person decides the gender of a name the lexicon does not know', () => {
  const text = 'Nasser Kanani spoke for the ministry. He said the talks would go on.\n\nRima Haddad, an analyst, disagreed. She said the talks had failed.\n\n“The talks are over,” he said later.';
  assert.equal(analyze(text).claims.filter((c) => c.sourceText === 'he').at(-1)?.speaker?.name, 'Nasser Kanani');
});

test('a name in apposition is the speaker, not the possessor before it', () => {
  const text = '“The lease was signed in March,” says Moreau’s business partner, Lena Ortiz.';
  assert.equal(speakerOf(text, 'says'), 'Lena Ortiz');
});

test('a description points back to the person introduced by it', () => {
  const text = 'Ontario Premier Ana Reyes visited the plant on Monday.\n\nThe premier said the plant would stay open.';
  assert.equal(speakerOf(text, 'said'), 'Ana Reyes');
  const bakery = 'Bakery owner Marie Dubois has run the shop for 30 years.\n\nThe 52-year-old owner of the bakery said flour had doubled in price.';
  assert.equal(speakerOf(bakery, 'said'), 'Marie Dubois');
  const gov = 'Indiana Gov. Mike Pence spoke in Ohio.\n\nThe Indiana governor said the plan would pass.';
  assert.equal(speakerOf(gov, 'said'), 'Mike Pence');
});

test('titles, ranks and roles are no part of the name', () => {
  for (const [text, name] of [
    ['Homeland Security Secretary Jeh Johnson said the threat was real.', 'Jeh Johnson'],
    ['Retired Lt. Gen. Michael Flynn said the plan was sound.', 'Michael Flynn'],
    ['Activist Angela Davis said the law was unjust.', 'Angela Davis'],
  ]) assert.equal(speakerOf(text, 'said'), name, text);
});

test('Mr. with a surname is the person named in full before', () => {
  const text = 'Larry King hosted the show for 25 years.\n\nMr. King said he had no regrets.';
  assert.equal(speakerOf(text, 'said'), 'Larry King');
});

test('a possessor keeps its claim: X’s claim that Y has X as its source', () => {
  const claims = analyze('Tehran’s claim that the camp was a base for attacks was rejected by Albania.').claims;
  const claim = claims.find((c) => c.cueText === 'claim');
  assert.ok(claim);
  assert.equal(claim.speaker?.name ?? claim.sourceText?.replace(/’s$/, ''), 'Tehran');
});

test('a definite description of a body points back to the body named just before', () => {
  const text = 'The Mojahedin-e Khalq (MEK) held a rally in Paris. The MEK’s camp in Albania was raided last month.\n\nThe group said one of its members died.';
  assert.equal(speakerOf(text, 'said'), 'MEK');
  const cbo = 'The nonpartisan Congressional Budget Office released its figures on Friday.\n\nThe agency said the deficit would grow.';
  assert.equal(speakerOf(cbo, 'said'), 'Congressional Budget Office');
});

test('names of bodies and polls lose their articles and adjectives, not their words', () => {
  assert.equal(speakerOf('The nonpartisan Tax Foundation said the plan would cost $2 trillion.', 'said'), 'Tax Foundation');
  assert.equal(speakerOf('The New York Times reported that the talks had stalled.', 'reported'), 'The New York Times');
});

test('newspapers and channels are media, not named people', () => {
  const claims = analyze('Channel 9 News reported that the bridge was closed. The Herald said the council had known for months.').claims;
  assert.deepEqual(claims.map((c) => [c.sourceText, c.sourceKind]), [['Channel 9 News', 'media'], ['The Herald', 'media']]);
});

test('I in the article’s own voice is the author; inside a quotation it is the quoted speaker', () => {
  const text = 'I have covered this council for ten years. I believe the audit is overdue.\n\n“I never saw the report,” said Mayor Ana Reyes.';
  const claims = analyze(text).claims;
  assert.equal(claims.find((c) => c.cueText === 'believe')?.speaker?.name, 'the author');
  assert.equal(claims.find((c) => c.cueText === 'said')?.speaker?.name, 'Ana Reyes');
});

test('a name that only modifies a common noun is not the speaker', () => {
  const text = 'Hillary Clinton spoke in Ohio. Clinton supporters said the rally was the largest yet.';
  assert.equal(speakerOf(text, 'said'), 'Clinton supporters');
});

test('a surname before any full name (a headline) takes the full name the article gives later', () => {
  const text = 'Brandt says the budget is fine\n\nCouncillor Tom Brandt spoke on Monday.';
  assert.equal(speakerOf(text, 'says'), 'Tom Brandt');
});

test('an apposition names the speaker whatever the description before it looks like', () => {
  const text = 'The state’s campaign chairman, Phil Lovas, said the rally would go ahead.';
  assert.equal(speakerOf(text, 'said'), 'Phil Lovas');
});

test('a verb at a sentence start is no part of a name', () => {
  const text = 'Did Trump know? Donald Trump spoke on Monday. Mr. Trump said he knew nothing.';
  assert.equal(speakerOf(text, 'said'), 'Donald Trump');
});

test('he is the subject the article keeps returning to by surname, not a name it passed on the way', () => {
  const text = 'Donald Trump spoke first.\n\nBy the time the debates began, Trump led the polls. He needled rivals such as Rand Paul. Trump never missed a chance to boast. He said his wealth made him free.';
  assert.equal(analyze(text).claims.find((c) => c.cueText === 'said')?.speaker?.name, 'Donald Trump');
});

test('police is the force the article names, even when it names it only later', () => {
  const text = 'Police said the man was armed.\n\nBut police have not released the video.\n\nKerr Putney, the Charlotte-Mecklenburg police chief, said the footage was unclear.';
  assert.equal(speakerOf(text, 'said'), 'Charlotte-Mecklenburg police');
});

test('a role no name in the article carries is the person the article is about', () => {
  const text = 'Donald Trump held a rally in Ohio. Trump spoke for an hour. Trump attacked the press.\n\nThe GOP nominee said the polls were rigged.';
  assert.equal(speakerOf(text, 'said'), 'Donald Trump');
  const unnamed = 'The mayor met residents on Monday.\n\nThe nominee said the polls were rigged.';
  assert.equal(speakerOf(unnamed, 'said'), 'The nominee', 'no one named three times: the description stays');
});

test('a transcript label in capitals is the person named in full; an occupation before a name is no part of it', () => {
  const text = 'Mayor Ana Reyes spoke to the council on Monday.\n\nREYES: We will rebuild the bridge.';
  assert.equal(speakerOf(text, ':'), 'Ana Reyes');
  assert.equal(speakerOf('Engineer Lena Park said the beams were sound.', 'said'), 'Lena Park');
  assert.equal(speakerOf('“We were ready,” said the soft-spoken coach, Ray Dunn.', 'said'), 'Ray Dunn');
});

test('he and she skip a group', () => {
  const text = 'Donald Trump spoke in Ohio.\n\nNeither Clinton nor her allies said anything.\n\nHe said the debate was rigged.';
  assert.equal(analyze(text).claims.find((c) => c.sourceText === 'He')?.speaker?.name, 'Donald Trump');
});

test('surnames past a suffix, names after a possessor, and a campaign however it is written', () => {
  assert.equal(speakerOf('Joseph R. Biden Jr. spoke in Ohio.\n\nMr. Biden said the plan would pass.', 'said'), 'Joseph R. Biden Jr.');
  assert.equal(speakerOf('Morning Consult’s Cameron Easley said the race was tight.', 'said'), 'Cameron Easley');
  assert.equal(speakerOf('Holt said the debate would go on.\n\nNBC’s Lester Holt will moderate.', 'said'), 'Lester Holt');
  assert.equal(speakerOf('Clinton’s campaign said the ad was false.', 'said'), 'the Clinton campaign');
});

test('a poll the headline does not name is the poll the article names after it', () => {
  const text = 'Poll: Voters sour on the harbour tunnel\n\nA new poll shows that most voters oppose the tunnel. The latest Lakeside University opinion poll found that 61 percent of residents want the money spent on buses.';
  assert.equal(speakerOf(text, 'shows'), 'Lakeside University opinion poll');
  assert.equal(speakerOf(text, 'found'), 'Lakeside University opinion poll');
});
