// Runs the mocha integration suite (out/integration/index.js) inside the node
// extension host of a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// driven by Debian's Chromium. Exits with the suite's code; a hung run fails
// after the time limit instead of hanging CI.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, runInWorkbench } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness } from './install.mjs';
import { ROOT, testWorkspace } from './workspace.mjs';

const OUTPUT = join(ROOT, '.test-output');
const LIMIT_MS = Number(process.env.CLAIM_LENS_TEST_TIMEOUT_MS ?? 300_000);

async function main() {
  const t0 = Date.now();
  ensureHarness();
  mkdirSync(OUTPUT, { recursive: true });
  const server = await startCodeServer({ logFile: createWriteStream(join(OUTPUT, 'code-server.log')) });
  let browser;
  const watchdog = setTimeout(() => {
    process.stderr.write(`[harness] no result after ${LIMIT_MS / 1000} s: failing the run\n`);
    server.stop();
    process.exit(124);
  }, LIMIT_MS + 60_000);
  try {
    browser = await launchChromium();
    const url = workbenchUrl(server, {
      folder: testWorkspace(),
      extensionPath: ROOT,
      testsPath: join(ROOT, 'out', 'integration', 'index.js'),
    });
    const code = await runInWorkbench(browser, url, { timeoutMs: LIMIT_MS, screenshot: join(OUTPUT, 'integration-end.png') });
    process.stderr.write(`[harness] integration suite (node extension host, VS Code 1.100.3): ${code === 0 ? 'passed' : `failed (${code})`} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    return typeof code === 'number' ? code : 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    server.stop();
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`[harness] ${err?.stack ?? err}\n`);
  process.exit(1);
});
