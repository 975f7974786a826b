import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimWithCue, claimsOf, contentOf } from '../../support/helpers';

test('X said Y', () => {
  const text = 'Mayor Elena Varga said the plan would protect every neighbourhood.';
  const c = claimWithCue(text, 'said');
  assert.equal(c.sourceText, 'Mayor Elena Varga');
  assert.equal(contentOf(text, c), 'the plan would protect every neighbourhood');
  assert.equal(c.speaker?.name, 'Elena Varga');
  assert.equal(c.quoteKind, 'indirect');
});

test('Y, X said', () => {
  const text = 'The new walls will cost 38 million dollars over five years, council treasurer Tomas Brandt said.';
  const c = claimWithCue(text, 'said');
  assert.equal(c.sourceText, 'council treasurer Tomas Brandt');
  assert.equal(contentOf(text, c), 'The new walls will cost 38 million dollars over five years');
  assert.ok(c.signals.some((s) => s.kind === 'figure' && s.text.startsWith('38')));
});

test('“Q,” he said, adding …', () => {
  const text = 'Mayor Elena Varga spoke on Tuesday. “We have never invested this much in the river walls,” she said, adding that the work would start in May.';
  const said = claimWithCue(text, 'said');
  assert.equal(said.sourceText, 'she');
  assert.equal(said.speaker?.name, 'Elena Varga');
  assert.match(contentOf(text, said), /^“We have never invested this much in the river walls,”/);
  const adding = claimWithCue(text, 'adding');
  assert.match(contentOf(text, adding), /the work would start in May/);
});

test('according to X, Y', () => {
  const text = 'According to the city engineering report, 1,200 homes still sit below the safe water line.';
  const c = claimWithCue(text, 'According to');
  assert.equal(c.sourceText, 'the city engineering report');
  assert.equal(contentOf(text, c), '1,200 homes still sit below the safe water line');
  assert.equal(c.quoteKind, 'according-to');
});

test('Y, according to X', () => {
  const text = 'Repairs to the eastern pumping station are two years behind schedule, according to the regional water authority.';
  const c = claimWithCue(text, 'according to');
  assert.equal(c.sourceText, 'the regional water authority');
  assert.equal(contentOf(text, c), 'Repairs to the eastern pumping station are two years behind schedule');
  assert.equal(c.sourceKind, 'organization');
});

test('X was quoted as saying: “Q”', () => {
  const text = 'Brandt was quoted as saying: “Nobody on this council wants to raise taxes.”';
  const c = claimsOf(text).find((x) => /saying/.test(x.cueText));
  assert.ok(c, 'a claim with a cue on "saying"');
  assert.equal(c.sourceText, 'Brandt');
  assert.equal(contentOf(text, c), '“Nobody on this council wants to raise taxes.”');
  assert.equal(c.quoteKind, 'direct');
});

test('X told Reuters that Y', () => {
  const text = 'Opposition leader Ruth Okafor told Reuters that the figures had been changed.';
  const c = claimWithCue(text, 'told');
  assert.equal(c.sourceText, 'Opposition leader Ruth Okafor');
  assert.match(contentOf(text, c), /the figures had been changed$/);
});

test('X denied that Y; Iran denies the allegation', () => {
  const text = 'Varga denied that any numbers had been changed. Iran denies the allegation.';
  const denied = claimWithCue(text, 'denied');
  assert.equal(denied.sourceText, 'Varga');
  assert.match(contentOf(text, denied), /any numbers had been changed/);
  assert.equal(denied.cueKind, 'denial');
  const denies = claimWithCue(text, 'denies');
  assert.equal(denies.sourceText, 'Iran');
  assert.equal(contentOf(text, denies), 'the allegation');
});

test('X accused Y of Z', () => {
  const text = 'Okafor accused the mayor of hiding the true cost of the flood defences.';
  const c = claimWithCue(text, 'accused');
  assert.equal(c.sourceText, 'Okafor');
  assert.match(contentOf(text, c), /the mayor of hiding the true cost of the flood defences/);
  assert.equal(c.cueKind, 'accusation');
});

test("X's claim that Y", () => {
  const text = "Critics dismissed the report on Monday. They pointed to the mayor's claim that the walls will pay for themselves.";
  const c = claimWithCue(text, 'claim');
  assert.equal(c.sourceText, "the mayor's");
  assert.match(contentOf(text, c), /the walls will pay for themselves/);
  assert.equal(c.cueKind, 'loaded');
});

test('X has said', () => {
  const text = 'Okafor has said she will ask the state auditor to review the budget.';
  const c = claimWithCue(text, 'has said');
  assert.equal(c.sourceText, 'Okafor');
  assert.equal(contentOf(text, c), 'she will ask the state auditor to review the budget');
});

test('sources said; a source said', () => {
  const text = 'Sources said the auditor had opened a file. A source close to the treasurer said the review could delay payments.';
  const sources = claimWithCue(text, 'said', 0);
  assert.equal(sources.sourceText, 'Sources');
  assert.equal(sources.sourceKind, 'anonymous');
  const one = claimWithCue(text, 'said', 1);
  assert.equal(one.sourceText, 'A source close to the treasurer');
  assert.equal(one.sourceKind, 'anonymous');
});

test('Experts have said', () => {
  const text = 'The city mapped the river in 1998. Experts have said the flood maps are out of date.';
  const c = claimWithCue(text, 'have said');
  assert.equal(c.sourceText, 'Experts');
  assert.equal(c.sourceKind, 'vague');
  assert.equal(contentOf(text, c), 'the flood maps are out of date');
});

test('a quote that runs over several sentences', () => {
  const text = '"The maps were drawn in 1998. The river has moved since then. Nobody should plan a wall on them," said Priya Natarajan, a hydrologist.';
  const c = claimWithCue(text, 'said');
  assert.match(c.sourceText ?? '', /^Priya Natarajan/);
  assert.equal(c.speaker?.name, 'Priya Natarajan');
  const content = contentOf(text, c);
  assert.ok(content.startsWith('"The maps were drawn in 1998.'), content);
  assert.ok(content.includes('Nobody should plan a wall on them'), content);
  assert.equal(c.quoteKind, 'direct');
});

test('a quote over several paragraphs (opening mark repeated, one closing mark)', () => {
  const text = '“We spent a year walking the riverbank with residents,” Natarajan said. “They showed us where the water came in.\n\n“What we found is that the map is wrong in 14 places.”\n';
  const c = claimWithCue(text, 'said');
  assert.equal(c.sourceText, 'Natarajan');
  const content = contentOf(text, c);
  assert.ok(content.startsWith('“We spent a year walking the riverbank with residents,”'), content);
  assert.ok(content.includes('They showed us where the water came in.'), content);
});

test('nested attributions: "Pence said …, according to media reports"', () => {
  const text = 'Pence said the regime has never been weaker than it is today, according to media reports.';
  const said = claimWithCue(text, 'said');
  assert.equal(said.sourceText, 'Pence');
  assert.match(contentOf(text, said), /^the regime has never been weaker than it is today/);
  const acc = claimWithCue(text, 'according to');
  assert.equal(acc.sourceText, 'media reports');
  assert.equal(acc.sourceKind, 'vague');
  assert.match(contentOf(text, acc), /^Pence said the regime/);
});

test('curly and straight double quotes, single quotes inside double', () => {
  for (const [open, close] of [['“', '”'], ['"', '"']]) {
    const text = `${open}The ‘safe line’ on the council’s map is wrong,${close} Natarajan said.`;
    const c = claimWithCue(text, 'said');
    assert.equal(c.sourceText, 'Natarajan');
    assert.equal(contentOf(text, c), `${open}The ‘safe line’ on the council’s map is wrong,${close}`);
    assert.equal(c.quoteKind, 'direct');
  }
});

test('speaker labels: transcripts and headlines (“NAME: words”)', () => {
  const text = 'Varga: River Walls Will Be Finished by May\n\nPartial transcript:\n\n"HOST: Will the walls be ready?\n\n"VARGA: They will be ready before the spring floods."';
  const claims = claimsOf(text).filter((c) => c.cueText === ':');
  assert.deepEqual(claims.map((c) => c.sourceText), ['Varga', 'HOST', 'VARGA']);
  assert.equal(contentOf(text, claims[0]), 'River Walls Will Be Finished by May');
  assert.equal(contentOf(text, claims[2]), 'They will be ready before the spring floods.');
  assert.ok(!claimsOf('Update: the meeting moved to Friday.').some((c) => c.cueText === ':'), 'a label that names no speaker');
});

test('a quotation signed with a dash (“…” ― Name)', () => {
  const text = 'Readers wrote in.\n“The walls should have been built ten years ago.” ― Marta Oyelaran\n“I do not trust the figures.” — Ken Abe, a retired engineer\n“Build them now.” ― Edwin G. Monroy.\n”Typed with the wrong mark first.” ― Ana Ruiz';
  const dashes = claimsOf(text).filter((c) => /^[―—]$/.test(c.cueText));
  assert.deepEqual(dashes.map((c) => c.sourceText), ['Marta Oyelaran', 'Ken Abe', 'Edwin G. Monroy', 'Ana Ruiz']);
  assert.equal(contentOf(text, dashes[3]), '”Typed with the wrong mark first.”');
  assert.equal(contentOf(text, dashes[0]), '“The walls should have been built ten years ago.”');
  assert.equal(dashes[1].quoteKind, 'direct');
});

test('a subject the tagger missed: the noun phrase before a verb cue', () => {
  const text = 'On Monday, a statement from the water board repeated the warning that the walls would not hold.';
  const c = claimWithCue(text, 'repeated');
  assert.equal(c.sourceText, 'a statement from the water board');
});
