// The UI check of the attribution report (run by run-ui.mjs): the report drawn
// for the sample, a click and a key on a bar filtering the Claims view, and the
// filter cleared again as a person would.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, shownClaims } from './workspace.mjs';

/** The sample's claims the editor shows (types other than `other`), by source kind, as the command line finds them. */
function sampleKinds() {
  const kinds = {};
  for (const c of shownClaims(join(ROOT, 'samples', 'council-budget.news'))) kinds[c.sourceKind] = (kinds[c.sourceKind] ?? 0) + 1;
  return kinds;
}

export async function reportCheck(page, OUTPUT) {
  // The sample is open from the first check: its tab.
  await page.locator('.tab', { hasText: 'council-budget.news' }).first().click();
  await page.waitForSelector('.tab.active[aria-label*="council-budget.news"]', { timeout: 20_000 });
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Claim Lens: Show Attribution Report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Attribution Report' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The webview: an iframe of the workbench, whose page is in an inner frame.
  const report = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  const kinds = sampleKinds();
  const bars = report.locator('section[data-chart="sourceKinds"] .bar-row');
  await bars.first().waitFor({ timeout: 30_000 });
  assert.equal(await bars.count(), Object.keys(kinds).length, `bars for ${JSON.stringify(kinds)}`);
  const anonymous = report.locator('section[data-chart="sourceKinds"] .bar-row[data-key="anonymous"]');
  assert.match(await anonymous.getAttribute('aria-label'), new RegExp(`^anonymous source: ${kinds.anonymous} claims?, `));
  assert.equal(await anonymous.getAttribute('role'), 'button');
  assert.ok(Number((await report.locator('section[data-chart="sourceKinds"] .bar-row[data-key="person"] rect.bar').getAttribute('width'))) > 0, 'the bars have their length');
  // The picture for the README (media/report.png): without the toasts of the workbench (a forwarded port) or the tab's tooltip.
  await page.mouse.move(1200, 190);
  for (const close of await page.locator('.notifications-toasts .notification-toast .codicon-notifications-clear').all()) await close.click().catch(() => {});
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUTPUT, 'ui-report.png') });
  await anonymous.click();
  const badge = page.locator('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content');
  await page.waitForFunction((n) => document.querySelector('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content')?.textContent === String(n), kinds.anonymous, { timeout: 10_000 });
  assert.equal(await badge.innerText(), String(kinds.anonymous));
  // The tree draws its rows a moment after the badge: wait for them to be the anonymous sources' only.
  const onlyAnonymous = () => {
    const groups = [...document.querySelectorAll('.pane-body .monaco-list-row[aria-level="1"]')].map((r) => r.textContent ?? '');
    return groups.length > 0 && groups.every((g) => /anonymous source/.test(g));
  };
  await page.waitForFunction(onlyAnonymous, null, { timeout: 10_000 }).catch(() => {});
  const groups = await page.locator('.pane-body .monaco-list-row[aria-level="1"]').allInnerTexts();
  assert.ok(groups.length > 0 && groups.every((g) => /anonymous source/.test(g)), `only anonymous sources: ${groups.join(' | ')}`);
  const claimRows = await page.locator('.pane-body .monaco-list-row[aria-level="2"]').count();
  assert.equal(claimRows, kinds.anonymous, 'a row for each anonymous claim');
  await page.screenshot({ path: join(OUTPUT, 'ui-report-filtered.png') });
  // From the keyboard: the vague bar focused, Enter.
  const vague = report.locator('section[data-chart="sourceKinds"] .bar-row[data-key="vague"]');
  const badgeIs = (n, timeout) => page.waitForFunction((k) => document.querySelector('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content')?.textContent === String(k), n, { timeout });
  // The webview's frame takes the focus a moment after it is asked to (the click before was in the workbench): try again if Enter went nowhere.
  for (let attempt = 1; ; attempt++) {
    await vague.focus();
    await page.keyboard.press('Enter');
    try {
      await badgeIs(kinds.vague, 4_000);
      break;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
  // As a person clears it: Filter by Source Kind…, the ticked kind unticked, OK (from the workbench: the webview's frame keeps F1 to itself).
  await page.locator('.tab', { hasText: 'council-budget.news' }).first().click();
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Claim Lens: Filter by Source Kind');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Filter by Source Kind' }).first().waitFor();
  await page.keyboard.press('Enter');
  const ticked = page.locator('.quick-input-list .monaco-list-row[aria-label="vague source"]').filter({ visible: true }).first();
  await ticked.waitFor({ state: 'visible' });
  await ticked.click();
  await page.locator('.quick-input-widget', { hasText: '0 Selected' }).first().waitFor({ timeout: 5_000 }).catch(() => {});
  await page.keyboard.press('Enter');
  const total = Object.values(kinds).reduce((n, k) => n + k, 0);
  await badgeIs(total, 10_000);
}
