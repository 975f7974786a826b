// npm run test:electron: the same mocha suite under @vscode/test-electron, for
// contributors whose machines can download VS Code from its update server.
// Where that server cannot be reached (CI here has only npm and apt), it says
// so and exits non-zero; it is not part of npm test.
import { runTests } from '@vscode/test-electron';
import { testWorkspace, ROOT } from './workspace.mjs';
import { join } from 'node:path';

try {
  const code = await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'integration', 'index.js'),
    launchArgs: [testWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
    timeout: 120_000,
  });
  process.exit(code);
} catch (err) {
  process.stderr.write(`[electron] cannot run VS Code desktop here: ${err?.message ?? err}\n` +
    '[electron] @vscode/test-electron downloads VS Code from update.code.visualstudio.com; use npm test (code-server and the web host, installed from npm) instead.\n');
  process.exit(1);
}
