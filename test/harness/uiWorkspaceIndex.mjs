// The UI check of the workspace index (run by run-ui.mjs, last): Index
// Workspace Articles from the command palette, the Claims view's workspace
// scope showing a speaker across articles, and a click on a claim opening its
// article at it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Two invented articles quoting Nasser Kanani, beside the seed article that quotes him too. */
const ARTICLES = {
  'kanani-envoy.news': 'Iran summons French envoy over rally\n\nForeign Ministry spokesman Nasser Kanani said on Monday that Tehran had summoned the French ambassador.\n\n"France must stop hosting terrorists who have the blood of Iranians on their hands," Kanani said.\n',
  'kanani-protest.txt': 'Tehran protests Paris rally\n\nNasser Kanani said the rally was an insult to the Iranian people.\n\n"France must stop hosting terrorists who have the blood of Iranians on their hands," Kanani told reporters.\n',
};

export function writeDeskArticles(folder) {
  mkdirSync(join(folder, 'desk'), { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(folder, 'desk', name), text);
}

export async function workspaceIndexCheck(page, output) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Index Workspace Articles');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Index Workspace Articles' }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  // The quiet status once it is done: "$(database) N articles" in the status bar.
  await page.locator('.statusbar-item', { hasText: /^\s*\d+ articles\s*$/ }).first().waitFor({ timeout: 60_000 });
  const claimLens = page.locator('.activitybar .action-item:has(a[aria-label^="Claim Lens"])');
  if (!(await page.locator('.pane-body .monaco-list').first().isVisible().catch(() => false))) await claimLens.click();
  await page.locator('[aria-label="Show Claims Across the Workspace"]').first().click();
  // The workspace scope's row (the article scope's, of an open article quoting him, may still be on screen a moment).
  const kanani = page.locator('.pane-body .monaco-list-row', { hasText: /Nasser Kanani\s*\d+ articles/ }).first();
  await kanani.waitFor({ timeout: 30_000 });
  assert.match(await kanani.innerText(), /Nasser Kanani\s*3 articles, 7 claims/);
  await page.screenshot({ path: join(output, 'ui-workspace-scope.png') });
  await kanani.click();
  const article = page.locator('.pane-body .monaco-list-row', { hasText: 'desk/kanani-protest.txt' }).first();
  await article.waitFor({ timeout: 10_000 });
  const claim = page.locator('.pane-body .monaco-list-row', { hasText: 'the rally was an insult to the Iranian people' }).first();
  await claim.waitFor({ timeout: 10_000 });
  await claim.click();
  await page.waitForSelector('.tab.active[aria-label*="kanani-protest.txt"]', { timeout: 20_000 });
  await page.waitForFunction(() => /Ln 3, Col \d+ \(\d+ selected\)/.test(document.querySelector('.statusbar')?.textContent ?? ''), null, { timeout: 10_000 });
  await page.screenshot({ path: join(output, 'ui-workspace-open.png') });
  await page.locator('[aria-label="Show Claims of This Article"]').first().click();
}
