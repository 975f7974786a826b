import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../support/engine';
import { claimTooltip, HOVER_COMMANDS, hoverMarkdown, orphanTooltip } from '../../../src/extension/claimMarkdown';
import { diagnosticMessage } from '../../../src/extension/claimSeverity';
import { SOURCE_KIND_LABEL, TYPE_LABEL } from '../../../src/extension/labels';
import { english, l10n, markdownMessage, type Translate, useTranslator } from '../../../src/extension/l10n';
import type { Claim } from '../../../src/engine/types';
import { GOOD_LINK, HOSTILE, hostileRecord } from '../../support/hostileStrings';
import { problems } from '../../support/renderedMarkdown';
import { ROOT } from '../../support/root';

/**
 * The pure modules' translator (src/extension/l10n.ts): English as VS Code
 * formats it until activation hands it vscode.l10n.t, labels translated when
 * read, and a translation treated as untrusted text wherever it goes into
 * Markdown (a bundle is a file anyone can ship).
 */
const CLAIMS = analyze(readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8')).claims;
const commandLinks = (c: Claim) => HOVER_COMMANDS.map((cmd) => `command:${cmd}?${encodeURIComponent(JSON.stringify([c.id]))}`);

/** Runs `body` with `t` as the translator, then English again. */
function translatedBy<T>(t: Translate, body: () => T): T {
  useTranslator(t);
  try {
    return body();
  } finally {
    useTranslator(english);
  }
}

test('English: {n} placeholders take the arguments once (an argument\'s own braces stay as they are); no arguments, the message as written', () => {
  assert.equal(english('{0} said {1} ({0})', 'Ann', '{0} and {2}'), 'Ann said {0} and {2} (Ann)');
  assert.equal(english('{1} of {0}, {query}', 3, 5), '5 of 3, {query}');
  assert.equal(english('Type: {0}'), 'Type: {0}');
  assert.equal(l10n.t('{0} claims in {1}', 2, 'a.news'), '2 claims in a.news');
});

test('labels, diagnostic messages and hovers are translated when they are made, by the translator activation sets', () => {
  const c = CLAIMS.find((x) => x.sourceKind === 'person')!;
  const before = { label: SOURCE_KIND_LABEL.person, message: diagnosticMessage(c) };
  const upper: Translate = (m, ...args) => english(m.toUpperCase(), ...args);
  translatedBy(upper, () => {
    assert.equal(SOURCE_KIND_LABEL.person, 'NAMED PERSON');
    assert.equal(TYPE_LABEL.statement, 'STATEMENT');
    assert.ok(diagnosticMessage(c).includes('(NAMED PERSON)'), diagnosticMessage(c));
    assert.match(hoverMarkdown(c, CLAIMS, { templates: [], lookup: false }), /REVEAL IN CLAIMS VIEW/);
  });
  assert.deepEqual({ label: SOURCE_KIND_LABEL.person, message: diagnosticMessage(c) }, before, 'English again');
  assert.equal(before.label, 'named person');
});

test('Markdown: the code\'s own English is Markdown as written; a translation\'s words are escaped, the arguments put in as given', () => {
  assert.equal(markdownMessage(l10n.t('Type: {0} — {1}'), '**statement**', 'said'), 'Type: **statement** — said');
  const hostile: Translate = (m) => `[x](command:claimLens.rateClaim) ${m} <b>`;
  assert.equal(translatedBy(hostile, () => markdownMessage(l10n.t('Type: {0}'), '**position**')),
    '\\[x\\]\\(command\\:claimLens\\.rateClaim\\) Type\\: **position** \\<b\\>');
});

test('a hostile translation links nowhere, loads nothing and makes no block in the hover or the tooltips', () => {
  const c = CLAIMS[1];
  for (const h of HOSTILE) {
    // Every message, label and link title translated to the hostile text around the English.
    const t: Translate = (m, ...args) => `${h} ${english(m, ...args)} ${h}`;
    const found = [{ text: 'x', reviews: [{ publisher: '', textualRating: '', url: GOOD_LINK, title: 'Review' }] }];
    const [hover, error, tooltip, orphan] = translatedBy(t, () => [
      hoverMarkdown(c, CLAIMS, { verdict: hostileRecord('Half true'), found, templates: [{ name: 'Desk', url: 'not a url' }], lookup: true }),
      hoverMarkdown(c, CLAIMS, { found: { error: 'the service did not answer' }, templates: [], lookup: false }),
      claimTooltip({ ...c, speaker: undefined }),
      orphanTooltip(hostileRecord('')),
    ]);
    assert.deepEqual(problems(hover, [...commandLinks(c), GOOD_LINK]), [], `${JSON.stringify(h)} →\n${hover}`);
    assert.deepEqual(problems(error, commandLinks(c)), [], `${JSON.stringify(h)} →\n${error}`);
    assert.deepEqual([...problems(tooltip), ...problems(orphan)], [], `${JSON.stringify(h)} →\n${tooltip}\n${orphan}`);
    // The code's own links are still there, one per hover command.
    for (const link of commandLinks(c)) assert.ok(hover.includes(`](${link} "`), `${link} in ${hover}`);
  }
});
