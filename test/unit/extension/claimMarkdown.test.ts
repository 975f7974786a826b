import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../support/engine';
import { factCheckQuery } from '../../../src/review/factCheck/query';
import { markdownText } from '../../../src/review/markdownText';
import { httpUrl } from '../../../src/review/safeUrl';
import type { Claim } from '../../../src/engine/types';
import { claimTooltip, HOVER_COMMANDS, hoverMarkdown, orphanTooltip } from '../../../src/extension/claimMarkdown';
import type { FactCheckMatch } from '../../../src/review/factCheck/client';
import { GOOD_LINK, HOSTILE, hostileClaim, hostileRecord, mistypedRecord } from '../../support/hostileStrings';
import { problems } from '../../support/renderedMarkdown';
import { ROOT } from '../../support/root';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'council-budget.news'), 'utf8');
const CLAIMS = analyze(SAMPLE).claims;
const REVIEW_URL = 'https://factdesk.example/walls?x=1&y=2';
const RATE_WITH_ARGS = `command:claimLens.rateClaim?${encodeURIComponent(JSON.stringify([{ id: 'c0', rating: 'True' }]))}`;

/** The command links a hover on `c` may carry: each to a hover command, each with the claim's id alone. */
const commandLinks = (c: Claim) => HOVER_COMMANDS.map((cmd) => `command:${cmd}?${encodeURIComponent(JSON.stringify([c.id]))}`);

function templates(h: string) {
  return [
    { name: h, url: h },
    { name: 'Desk', url: 'https://desk.example/search?q={query}&hl={lang}' },
    { name: 'Paren', url: `https://desk.example/s?q={query})[Rate](${RATE_WITH_ARGS})` },
    { name: 'Script', url: 'javascript:alert({query})' },
  ];
}
/** Where a template may lead: its URL with the claim filled in, if that is a well-formed http(s) URL. */
const templateTargets = (c: Claim, h: string) => templates(h).map((t) => httpUrl(t.url.split('{query}').join(encodeURIComponent(factCheckQuery(c.contentText))).split('{lang}').join('en')));

function found(h: string): FactCheckMatch[] {
  return [{ text: h, claimant: h, reviews: [{ publisher: h, textualRating: h, url: h, title: h }, { publisher: 'Harbourton Fact Desk', textualRating: 'Misleading', url: REVIEW_URL, title: h }] }];
}

test('hover: no hostile claim, verdict, fact-check answer or search template links anywhere the code did not mean, loads anything or makes a block', () => {
  for (const h of HOSTILE) {
    const c = hostileClaim(CLAIMS[1], h);
    const md = hoverMarkdown(c, [c, hostileClaim(CLAIMS[2], h)], { verdict: hostileRecord(h), found: found(h), templates: templates(h), lookup: true });
    const allowed = [...commandLinks(c), GOOD_LINK, REVIEW_URL, httpUrl(h), ...templateTargets(c, h)].filter((u): u is string => !!u);
    assert.deepEqual(problems(md, allowed), [], `${JSON.stringify(h)} →\n${md}`);
    assert.ok(md.includes(`](${GOOD_LINK.replace(/&/g, '\\&')})`), 'the good evidence link is a link');
    assert.ok(md.includes(`](${REVIEW_URL.replace(/&/g, '\\&')})`), 'the review link is a link');
    assert.ok(md.includes('](https://desk.example/search?q='), 'the well-formed template is a link');
  }
  const error = hoverMarkdown(CLAIMS[1], CLAIMS, { found: { error: HOSTILE[0] }, templates: 'not a list', lookup: false });
  assert.deepEqual(problems(error, commandLinks(CLAIMS[1])), []);
});

test('the hover trusts no command that acts without asking: Rate… goes to the id-only command that always prompts', () => {
  assert.ok(!HOVER_COMMANDS.includes('claimLens.rateClaim') && !HOVER_COMMANDS.includes('claimLens.lookUpFactChecks'), HOVER_COMMANDS.join(', '));
  assert.ok(HOVER_COMMANDS.includes('claimLens.rateClaimInteractive'));
  const md = hoverMarkdown(CLAIMS[1], CLAIMS, { templates: [], lookup: true });
  const commands = [...md.matchAll(/\]\(command:([\w.]+)\?([^ )]*)/g)];
  assert.deepEqual(commands.map((m) => m[1]).sort(), ['claimLens.lookUpFactChecksInteractive', 'claimLens.rateClaimInteractive', 'claimLens.revealClaim', 'claimLens.searchFactChecks']);
  for (const m of commands) assert.deepEqual(JSON.parse(decodeURIComponent(m[2])), [CLAIMS[1].id]);
});

test('Claims-view tooltips on claims and orphaned verdicts: hostile text links to and loads nothing', () => {
  for (const h of HOSTILE) {
    assert.deepEqual(problems(claimTooltip(hostileClaim(CLAIMS[1], h))), [], `claim ${JSON.stringify(h)}`);
    assert.deepEqual(problems(orphanTooltip(hostileRecord(h))), [], `orphan ${JSON.stringify(h)}`);
  }
  assert.deepEqual(problems(claimTooltip(hostileClaim(CLAIMS[1], '![t](https://evil.example/pixel.png)'))), []);
});

test('hover and tooltip show the fields of a mistyped verdict record as text, and do not fail', () => {
  const r = mistypedRecord();
  const hover = hoverMarkdown(CLAIMS[1], CLAIMS, { verdict: r, templates: [], lookup: false });
  const tip = orphanTooltip(r);
  for (const shown of ['{"label":"True"}', '42', 'javascript:alert(1)']) assert.ok(hover.includes(markdownText(shown)), `hover shows ${shown}`);
  for (const shown of ['{"label":"True"}', '42', '[]', '{}', '3']) assert.ok(tip.includes(markdownText(shown)), `tooltip shows ${shown}`);
  assert.deepEqual(problems(hover, commandLinks(CLAIMS[1])), []);
  assert.deepEqual(problems(tip), []);
});

test('hover and tooltip say the claim\'s type (the hover its confidence too); a type that is none of the four links nothing', () => {
  const [said, believes] = analyze('Mayor Elena Varga said the walls would hold.\n\nVarga believes the walls will hold.\n').claims;
  assert.deepEqual([said.type, believes.type], ['statement', 'position']);
  const x = { templates: [], lookup: false };
  assert.match(hoverMarkdown(said, [said, believes], x), new RegExp(`\n\nType: \\*\\*statement\\*\\* — the source said or wrote it · confidence ${Math.round(said.confidence * 100)}%\n\n`));
  assert.match(hoverMarkdown(believes, [said, believes], x), /\n\nType: \*\*position\*\* — what the source believes, wants or plans · confidence \d{1,3}%\n\n/);
  assert.match(claimTooltip(believes).split('\n')[0], / · position$/);
  const hostile = { ...believes, type: '[x](https://evil.example)' as Claim['type'] };
  assert.deepEqual(problems(hoverMarkdown(hostile, [hostile], x), commandLinks(hostile), 2), []);
  assert.deepEqual(problems(claimTooltip(hostile), [], 2), []);
});
