// Runs the mocha integration suite (out/integration/index.js) inside the node
// extension host of a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// driven by Debian's Chromium. Exits with the suite's code; a hung run fails
// after the time limit instead of hanging CI. The extension is the package's
// `extension/` folder, unzipped from claim-lens.vsix (test/harness/vsix.mjs);
// the tests are the bundle in out/integration.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from './browser.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ensureHarness } from './install.mjs';
import { unpackedPackage } from './vsix.mjs';
import { ROOT, testWorkspace } from './workspace.mjs';

const OUTPUT = join(ROOT, '.test-output');
const startedAt = Date.now();
ensureHarness();
mkdirSync(OUTPUT, { recursive: true });
const { extension } = unpackedPackage('node');
const server = await startCodeServer({ logFile: createWriteStream(join(OUTPUT, 'code-server.log')) });
await runSuite({
  label: 'integration suite (node extension host, VS Code 1.100.3)',
  url: async () => workbenchUrl(server, { folder: testWorkspace(), extensionPath: extension, testsPath: join(ROOT, 'out', 'integration', 'index.js') }),
  limitMs: Number(process.env.CLAIM_LENS_TEST_TIMEOUT_MS ?? 300_000),
  screenshot: join(OUTPUT, 'integration-end.png'),
  stopServer: () => server.stop(),
  startedAt,
});
