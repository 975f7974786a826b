import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Analyzer } from '../../../../src/engine/analyzer';
import { analyze, models } from '../../../support/engine';
import { holds } from '../../../support/fuzzSettings';

/**
 * Speakers kept across an edit (classify/speakerReuse.ts): after any edit the
 * Analyzer's claims equal a fresh analysis, and on a long article an edit near
 * its start leaves most later sources unresolved again.
 */

const PEOPLE = [['Elena', 'Varga', 'mayor'], ['Nasser', 'Kanani', 'minister'], ['Maria', 'Okafor', 'councillor'], ['Tom', 'Brandt', 'treasurer'], ['Lena', 'Ortiz', 'judge'], ['David', 'Moreau', 'owner']];
const ORGS = ['the Harbour Authority', 'the City Transit Agency', 'the Daily Ledger'];

/** An invented article of `n` paragraphs: full names, surnames, pronouns, descriptions and bodies as sources. */
function article(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [first, last, role] = PEOPLE[(i * 7) % PEOPLE.length];
    const pronoun = ['Elena', 'Maria', 'Lena'].includes(first) ? 'she' : 'he';
    const org = ORGS[i % ORGS.length];
    const kind = i % 5;
    if (kind === 0) out.push(`${role[0].toUpperCase()}${role.slice(1)} ${first} ${last} said the plan for district ${i} was “rushed and never costed.”`);
    else if (kind === 1) out.push(`“We will review item ${i},” ${last} told reporters. ${pronoun[0].toUpperCase()}${pronoun.slice(1)} added that the vote could wait.`);
    else if (kind === 2) out.push(`The ${role} said the budget line ${i} had grown, according to ${org}.`);
    else if (kind === 3) out.push(`${org[0].toUpperCase()}${org.slice(1)} said in a statement that the figures for ${i} were wrong. It denied any delay.`);
    else out.push(`“That is not true,” ${pronoun} said of report ${i}.`);
  }
  return out.join('\n\n');
}

const PIECES = ['Mayor Elena Varga said ', ' she said', ' he said.', '\n\n', 'Okafor', ' the agency said', '“', 'x', ' Moreau told reporters'];

test('speaker reuse: after random edits of a long article the Analyzer equals a fresh analysis', async (t) => {
  const start = article(90);
  const anEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(300), insert: fc.constantFrom(...PIECES) });
  await holds(t, fc.property(fc.array(anEdit, { minLength: 1, maxLength: 4 }), (edits) => {
    const editor = new Analyzer(models);
    let text = start;
    editor.analyze(text);
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      text = text.slice(0, at) + e.insert + text.slice(at + (e.remove % 40 === 0 ? e.remove : e.remove % 3));
      assert.deepEqual(editor.analyze(text), analyze(text));
    }
  }), 0.02);
});

test('speaker reuse: an edit near the start of a long article resolves again only the sources it can reach', () => {
  const text = article(120);
  const editor = new Analyzer(models);
  const before = editor.analyze(text);
  const at = text.indexOf('district 5');
  const edited = `${text.slice(0, at)}the east ${text.slice(at)}`;
  const after = editor.analyze(edited);
  assert.deepEqual(after, analyze(edited));
  const moved = before.claims.filter((c) => c.range.start > at).length;
  assert.ok(moved > 100, `the article has many claims after the edit (${moved})`);
  assert.ok(editor.reusedSpeakers > moved / 2, `${editor.reusedSpeakers} of ${moved} sources after the edit kept their speakers`);
});
