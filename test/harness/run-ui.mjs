// UI checks as a person would see them: VS Code (code-server 4.100.3) in
// Debian's Chromium, Claim Lens installed from claim-lens.vsix as the README
// says (code-server --install-extension, test/harness/vsix.mjs), the samples
// folder open, an article opened through Quick Open; asserts on the page's DOM
// and saves screenshots under .test-output/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness } from './install.mjs';
import { workspaceIndexCheck, writeDeskArticles } from './uiWorkspaceIndex.mjs';
import { ROOT, SEED, testWorkspace } from './workspace.mjs';

const OUTPUT = join(ROOT, '.test-output');
const LIMIT_MS = 180_000;

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 20_000 });
}

/**
 * Hovers the word "said" on the line holding `lineText` and returns the claim card's text. The
 * semantic tokens split "said" into a span of its own; the editor renders its lines anew when they
 * arrive, so a span found a moment ago can be gone (no box), or replaced under a still mouse (no
 * hover): look again, and move off and back, until the whole card shows. The card is whole when its
 * links (Reveal in Claims view, the last part it draws) are there: the diagnostic's part of the
 * hover, which comes first, names the source kind too.
 */
async function hoverSaid(page, lineText) {
  const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
  const said = line.locator('span', { hasText: /^said$/ }).first();
  const card = page.locator('.monaco-hover:visible', { hasText: 'Reveal in Claims view' });
  for (let attempt = 0; attempt < 8; attempt++) {
    let box = null;
    for (let i = 0; i < 40 && !box; i++) {
      await said.waitFor({ timeout: 30_000 });
      box = await said.boundingBox();
      if (!box) await page.waitForTimeout(250);
    }
    assert.ok(box, 'the word "said" is on screen');
    await page.mouse.move(5, 400);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await card.waitFor({ timeout: 5_000 });
      return await card.innerText();
    } catch {
      // The line was drawn anew under the mouse, or the card is still coming: try again.
    }
  }
  await card.waitFor({ timeout: 5_000 });
  return card.innerText();
}

const checks = [];
function check(name, fn) {
  checks.push({ name, fn });
}

check('the article opens in the news language and shows squiggles under flagged claims', async (page) => {
  await openFile(page, 'council-budget.news');
  await page.waitForSelector('.statusbar-item[aria-label="News Article"], .statusbar-item [aria-label="News Article"], .statusbar-item:has-text("News Article")', { timeout: 20_000 });
  await page.waitForSelector('.monaco-editor .squiggly-info', { timeout: 30_000 });
  const squiggles = await page.locator('.monaco-editor .squiggly-info').count();
  assert.ok(squiggles >= 3, `information squiggles in view: ${squiggles}`);
});

check('a News Article wraps its long lines: the end of a long paragraph is in view, not off to the right', async (page) => {
  await page.locator('.monaco-editor .view-line', { hasText: 'before midnight' }).first().waitFor({ timeout: 20_000 });
  // Where the words "before midnight." stand on screen, against the editor's visible box.
  const { word, editor } = await page.evaluate(() => {
    const rect = (r) => ({ left: r.left, right: r.right, top: r.top });
    const spans = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line span')];
    const node = spans.flatMap((s) => [...s.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.includes('midnight.'));
    const range = document.createRange();
    const at = node.textContent.indexOf('midnight.');
    range.setStart(node, at);
    range.setEnd(node, at + 'midnight.'.length);
    return { word: rect(range.getBoundingClientRect()), editor: rect(node.parentElement.closest('.overflow-guard').getBoundingClientRect()) };
  });
  assert.ok(word.right <= editor.right && word.left >= editor.left, `"midnight." at ${word.left}-${word.right}, the editor ${editor.left}-${editor.right}`);
  const lineStart = await page.locator('.monaco-editor .view-line', { hasText: 'HARBOURTON, March 3' }).first().boundingBox();
  assert.ok(lineStart && word.top > lineStart.y + 5, 'the paragraph goes on below its first screen line');
});

check('the Problems panel lists the flagged claims with their source kind', async (page) => {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  const text = rows.join('\n');
  assert.match(text, /Sources \(anonymous source\) — said/);
  assert.match(text, /Experts \(vague source\) — have said/);
  assert.match(text, /Claim Lens/);
  await page.screenshot({ path: join(OUTPUT, 'ui-problems.png') });
});

check('hovering a cue shows the claim card', async (page) => {
  await page.keyboard.press('Control+Shift+M'); // close the panel again
  const text = await hoverSaid(page, 'Mayor Elena Varga said the plan');
  assert.match(text, /Elena Varga/);
  assert.match(text, /said — neutral/);
  assert.match(text, /Reveal in Claims view/);
  await page.screenshot({ path: join(OUTPUT, 'ui-hover.png') });
  await page.mouse.move(5, 400);
});

check('the Claims view lists speakers and their claims; a click selects the claim', async (page) => {
  await page.locator('.activitybar .action-item:has(a[aria-label^="Claim Lens"])').click();
  const view = page.locator('.pane-body', { has: page.locator('.monaco-list') }).filter({ hasText: 'Elena Varga' });
  await view.first().waitFor({ timeout: 20_000 });
  const rows = await page.locator('.pane-body .monaco-list-row').allInnerTexts();
  const all = rows.join('\n');
  assert.match(all, /Elena Varga/);
  assert.match(all, /Ruth Okafor/);
  assert.match(all, /Tomas Brandt/);
  const badge = await page.locator('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content').innerText();
  assert.ok(Number(badge) >= 15, `badge ${badge}`);
  await page.locator('.pane-body .monaco-list-row', { hasText: 'walls will pay for themselves' }).first().click();
  await page.waitForFunction(() => /Ln 21, Col \d+ \(\d+ selected\)/.test(document.querySelector('.statusbar')?.textContent ?? ''), null, { timeout: 10_000 });
  await page.screenshot({ path: join(OUTPUT, 'ui-claims-view.png') });
});

check('rating a claim from the Claims view shows the verdict in the tree', async (page) => {
  const row = page.locator('.pane-body .monaco-list-row', { hasText: 'that any numbers had been' }).first();
  await row.click({ button: 'right' });
  // The menu can still be settling when it first shows: hover the item, click it, and press Enter if it stayed open.
  const item = page.locator('.context-view .action-label', { hasText: 'Rate Claim…' });
  await item.waitFor({ state: 'visible' });
  await item.hover();
  await item.click();
  const input = page.locator('.quick-input-widget input');
  if (!(await input.isVisible().catch(() => false))) {
    await input.waitFor({ state: 'visible', timeout: 3000 }).catch(async () => {
      if (await item.isVisible().catch(() => false)) await page.keyboard.press('Enter');
    });
  }
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Mostly false');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mostly false' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Council minutes show two rows changed');
  await page.keyboard.press('Enter');
  const rated = page.locator('.pane-body .monaco-list-row', { hasText: 'that any numbers had been' }).first();
  await page.waitForFunction(() => [...document.querySelectorAll('.pane-body .monaco-list-row')].some((r) => /that any numbers had been[\s\S]*Mostly false/.test(r.textContent ?? '')), null, { timeout: 15_000 });
  assert.match(await rated.innerText(), /denied · Mostly false/);
  assert.equal(await rated.locator('.codicon-error').count(), 1, 'the rating has its icon');
  await page.screenshot({ path: join(OUTPUT, 'ui-verdict.png') });
});

check('Claim Lens is the copy installed from claim-lens.vsix: the Extensions view lists it as installed', async (page, server) => {
  assert.ok(existsSync(join(server.extensionsDir, 'claim-lens.claim-lens-0.1.0', 'package.json')), 'installed into the server\'s extensions folder');
  assert.doesNotMatch(page.url(), /extensionDevelopmentPath/, 'nothing loaded from a development folder');
  await page.keyboard.press('Control+Shift+X');
  // With no search typed, the view lists what is installed in the server, under its address.
  const installed = page.locator('.extensions-viewlet .pane', { has: page.locator('.pane-header', { hasText: /127\.0\.0\.1:\d+ - Installed/i }) });
  const row = installed.locator('.extension-list-item', { hasText: 'Claim Lens' }).first();
  await row.waitFor({ timeout: 20_000 });
  assert.match(await row.innerText(), /Finds attributed claims in news/);
  await page.screenshot({ path: join(OUTPUT, 'ui-installed.png') });
  await page.keyboard.press('Control+Shift+E');
});

/** An invented Markdown article, written into the test workspace: a link on a name, emphasis, a list, front matter. */
const MARKDOWN_ARTICLE = `---
title: Harbour plan wins council vote
---

# Harbour plan wins *council* vote

[Elena Varga](https://example.org/people/varga), the mayor, said the harbour plan was **balanced**.

According to the [city's audit](https://example.org/audit.pdf), repair costs rose 12 percent since 2021.

- Critics said the vote was _rushed_.
`;

check('a Markdown article: the cue after a linked name has its claim, and its hover reads the prose', async (page) => {
  await openFile(page, 'harbour-plan.md');
  const text = await hoverSaid(page, 'the mayor, said the harbour plan');
  assert.match(text, /Elena Varga/);
  assert.match(text, /said — neutral/);
  assert.match(text, /the harbour plan was balanced/);
  assert.doesNotMatch(text, /example\.org|\*\*/);
  await page.screenshot({ path: join(OUTPUT, 'ui-markdown-hover.png') });
  await page.mouse.move(5, 400);
});

/** An invented saved web page: a linked name, an entity, navigation and a caption that are no prose. */
const HTML_ARTICLE = `<!doctype html>
<html><head><title>Harbour plan wins council vote</title><style>p { margin: 0 }</style></head>
<body><nav><a href="/">Home</a> · <a href="/news">News</a></nav>
<article>
<h1>Harbour plan wins council vote</h1>
<p><a href="https://example.org/people/varga">Elena Varga</a>, the mayor, said the harbour plan was <strong>balanced</strong>.</p>
<p>According to the <a href="https://example.org/audit.pdf">city&rsquo;s audit</a>, repair costs rose 12 percent since 2021.</p>
<figure><img src="harbour.jpg" alt="The harbour"><figcaption>Photo: Jane Doe</figcaption></figure>
</article></body></html>
`;

check('a saved web page (html turned on in claimLens.languages): the cue inside the markup has its claim, and its hover reads the prose', async (page) => {
  await openFile(page, 'harbour-plan.html');
  const text = await hoverSaid(page, 'the mayor, said the harbour plan');
  assert.match(text, /Elena Varga/);
  assert.match(text, /the harbour plan was balanced/);
  assert.doesNotMatch(text, /example\.org|<strong>|&rsquo;/);
  await page.screenshot({ path: join(OUTPUT, 'ui-html-hover.png') });
  await page.mouse.move(5, 400);
});

/** The sample's claims the editor shows (types other than `other`), by source kind, as the command line finds them. */
function sampleKinds() {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', '--format', 'json', join(ROOT, 'samples', 'council-budget.news')], { encoding: 'utf8' });
  const kinds = {};
  for (const c of JSON.parse(r.stdout).claims.filter((c) => c.type !== 'other')) kinds[c.sourceKind] = (kinds[c.sourceKind] ?? 0) + 1;
  return kinds;
}

check('the attribution report draws a bar per source kind; a click on the anonymous bar leaves only anonymous claims in the Claims view', async (page) => {
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
  await vague.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content')?.textContent === String(n), kinds.vague, { timeout: 10_000 });
  // As a person clears it: Filter by Source Kind…, the ticked kind unticked, OK.
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
  await page.waitForFunction((n) => document.querySelector('.activitybar .action-item:has(a[aria-label^="Claim Lens"]) .badge-content')?.textContent === String(n), total, { timeout: 10_000 });
});

/** The seed article's claims the editor shows (types other than `other`), as the command line finds them (read at run time; the article is never in the repository). */
function seedClaims() {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'extract', '--format', 'json', SEED], { encoding: 'utf8' });
  return JSON.parse(r.stdout).claims.filter((c) => c.type !== 'other');
}

check('the seed article in the installed copy: the Claims view holds its claims and their speakers, and a cue\'s hover names its speaker', async (page) => {
  const claims = seedClaims();
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
});

check('the workspace index: Index Workspace Articles, then the Claims view\'s workspace scope shows a speaker across articles; a click opens the article at the claim', (page) => workspaceIndexCheck(page, OUTPUT));

async function main() {
  const startedAt = Date.now();
  ensureHarness();
  mkdirSync(OUTPUT, { recursive: true });
  const server = await startCodeServer({ installVsix: true });
  const watchdog = setTimeout(() => {
    process.stderr.write('[ui] no result in time: failing the run\n');
    server.stop();
    process.exit(124);
  }, LIMIT_MS);
  let browser;
  let failed = 0;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // A temporary copy of the samples: rating writes a verdict file beside the article.
    const folder = testWorkspace();
    writeFileSync(join(folder, 'harbour-plan.md'), MARKDOWN_ARTICLE);
    writeFileSync(join(folder, 'harbour-plan.html'), HTML_ARTICLE);
    writeDeskArticles(folder);
    // Web pages are analysed only when html is among the analysed languages (it is not by default).
    const settings = join(folder, '.vscode', 'settings.json');
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(settings, 'utf8')), 'claimLens.languages': ['plaintext', 'markdown', 'news', 'html'] }));
    // No extensionDevelopmentPath: the workbench runs the extensions installed in the server.
    await page.goto(workbenchUrl(server, { folder }));
    await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
    for (const { name, fn } of checks) {
      const t0 = Date.now();
      try {
        await fn(page, server);
        process.stdout.write(`  ✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
      } catch (err) {
        failed++;
        process.stdout.write(`  ✖ ${name}\n    ${String(err?.message ?? err).split('\n').join('\n    ')}\n`);
        await page.screenshot({ path: join(OUTPUT, `ui-failure-${failed}.png`) }).catch(() => {});
      }
    }
    if (!failed) copyFileSync(join(OUTPUT, 'ui-claims-view.png'), join(OUTPUT, 'screenshot.png'));
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.stop();
  }
  process.stderr.write(`[ui] ${checks.length} checks in ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`ui: ${checks.length - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`[ui] ${err?.stack ?? err}\n`);
  process.exit(1);
});
