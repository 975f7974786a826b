// UI checks as a person would see them: VS Code (code-server 4.100.3) in
// Debian's Chromium, Claim Lens installed from claim-lens.vsix as the README
// says (code-server --install-extension, test/harness/vsix.mjs), the samples
// folder open, an article opened through Quick Open; asserts on the page's DOM
// and saves screenshots under .test-output/.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness } from './install.mjs';
import { reportCheck } from './uiReport.mjs';
import { seedCheck } from './uiSeed.mjs';
import { workspaceIndexCheck, writeDeskArticles } from './uiWorkspaceIndex.mjs';
import { ROOT, testWorkspace } from './workspace.mjs';

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

check('the attribution report draws a bar per source kind; a click on the anonymous bar leaves only anonymous claims in the Claims view', (page) => reportCheck(page, OUTPUT));

check('the seed article in the installed copy: the Claims view holds its claims and their speakers, and a cue\'s hover names its speaker', (page) => seedCheck(page, OUTPUT, openFile));

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
