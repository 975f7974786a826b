// The UI check of the seed article in the installed copy (run by run-ui.mjs):
// its claims in the Claims view, its speakers, a cue's card. The article and
// what the command line finds in it are read at run time.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SEED, shownClaims } from './workspace.mjs';


export async function seedCheck(page, OUTPUT, openFile) {
  const claims = shownClaims(SEED);
  await openFile(page, 'iran-mek-rally-france.txt');
  await page.waitForFunction((n) => document.querySelector('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content')?.textContent === String(n), claims.length, { timeout: 30_000 });
  const speakers = [...new Set(claims.filter((c) => c.sourceKind === 'person' && c.speaker).map((c) => c.speaker.name))];
  assert.ok(speakers.length >= 3, `named people among the seed's speakers: ${speakers.join(', ')}`);
  // The tree draws its rows a moment after the badge.
  for (const name of speakers.slice(0, 3)) await page.locator('.pane-body .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
  // The first cue "said" on screen: its card names the speaker the command line gives that claim.
  const said = page.locator('.editor-group-container.active .monaco-editor .view-line span', { hasText: /^said$/ }).filter({ visible: true }).first();
  await said.waitFor({ timeout: 20_000 });
  const box = await said.boundingBox();
  await page.mouse.move(5, 400);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('.monaco-hover:visible', { hasText: 'Reveal in Claims view' });
  await card.waitFor({ timeout: 20_000 });
  const text = await card.innerText();
  assert.ok(claims.some((c) => c.cueText === 'said' && c.speaker && text.includes(c.speaker.name)), `the card names a speaker of a "said" claim: ${text.slice(0, 200)}`);
  await page.screenshot({ path: join(OUTPUT, 'ui-seed.png') });
  await page.mouse.move(5, 400);
}
