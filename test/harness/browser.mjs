// Debian's Chromium, driven by playwright-core (which downloads no browser).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODULES } from './install.mjs';

const require = createRequire(join(MODULES, 'noop.js'));

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Chromium, in playwright's default (incognito) context; with `webviews`, in
 * a profile of its own that allows third-party cookies instead: the web
 * host's webviews (the attribution report) run in a cross-site frame that
 * registers a service worker, which Chromium refuses where third-party
 * cookies are blocked, as in incognito. Either gives newPage (with a
 * viewport) and close.
 */
export async function launchChromium({ webviews = false } = {}) {
  const { chromium } = require('playwright-core');
  const home = mkdtempSync(join(tmpdir(), 'claim-lens-chromium-'));
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  process.env.XDG_CACHE_HOME = join(home, 'cache');
  const options = { executablePath: '/usr/bin/chromium', args: ARGS, timeout: 60_000 };
  if (!webviews) return chromium.launch(options);
  const profile = join(home, 'profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, options);
  return {
    async newPage(o) {
      const page = await context.newPage();
      if (o?.viewport) await page.setViewportSize(o.viewport);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Opens the workbench at `url` and resolves with the extension tests' exit
 * code, which the page reports through window.codeAutomationExit.
 */
export async function runInWorkbench(browser, url, { timeoutMs, screenshot }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    const line = format(parts);
    if (line.trim()) process.stdout.write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await page.goto(url);
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
  await page.close().catch(() => {});
  return code;
}

/** Applies console-style %s/%d/%c substitutions to the extension host's log arguments. */
function format(parts) {
  if (typeof parts[0] !== 'string' || !parts[0].includes('%')) return parts.map(String).join(' ');
  const rest = parts.slice(1);
  const head = parts[0].replace(/%[sdifoOc]/g, (m) => (m === '%c' ? (rest.shift(), '') : String(rest.shift())));
  return [head, ...rest.map(String)].join(' ');
}

/**
 * Runs an extension-test suite at `url` in Chromium within `limitMs` (and a
 * watchdog a minute later, should the browser itself hang), reports it, stops
 * the server, and exits the process with the suite's code.
 */
export async function runSuite({ label, url, limitMs, screenshot, stopServer, startedAt, webviews = false }) {
  const watchdog = setTimeout(() => {
    process.stderr.write(`[harness] ${label}: no result after ${limitMs / 1000} s: failing the run\n`);
    stopServer();
    process.exit(124);
  }, limitMs + 60_000);
  let browser;
  let code = 1;
  try {
    browser = await launchChromium({ webviews });
    const result = await runInWorkbench(browser, await url(), { timeoutMs: limitMs, screenshot });
    code = typeof result === 'number' ? result : 1;
    process.stderr.write(`[harness] ${label}: ${code === 0 ? 'passed' : `failed (${result})`} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`);
  } catch (err) {
    process.stderr.write(`[harness] ${label}: ${err?.stack ?? err}\n`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    stopServer();
  }
  process.exit(code);
}
