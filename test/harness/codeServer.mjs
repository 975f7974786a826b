// Starts code-server (VS Code 1.100.3 in the browser) on 127.0.0.1 with its
// own data, extensions, config and HOME, in its own process group so that
// stopping it leaves no watcher child behind; with `installVsix`, Claim Lens
// is first installed into it from claim-lens.vsix as a user would
// (test/harness/vsix.mjs), and the workbench loads that installed copy.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER } from './install.mjs';
import { installAsReadmeSays } from './vsix.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Settings that keep VS Code quiet and offline: no gallery, no updates, no tours. */
const USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
};

export async function startCodeServer({ logFile, installVsix = false } = {}) {
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'claim-lens-code-server-'));
  const dirs = { data: join(root, 'data'), ext: join(root, 'extensions'), home: join(root, 'home') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.data, 'User'), { recursive: true });
  writeFileSync(join(dirs.data, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // The config names the folders too, so that `code-server --install-extension` (read from
  // CODE_SERVER_CONFIG, as code-server does) installs into the one this server runs.
  const config = join(root, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\nuser-data-dir: ${dirs.data}\nextensions-dir: ${dirs.ext}\n`);
  const env = {
    ...process.env,
    CODE_SERVER_CONFIG: config,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
  };
  if (installVsix) installAsReadmeSays(env);
  const child = spawn(process.execPath, [
    join(CODE_SERVER, 'out', 'node', 'entry.js'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.data, '--extensions-dir', dirs.ext, '--config', config,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ], {
    detached: true,
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', logFile ? 'pipe' : 'ignore'],
    env: {
      ...env,
      // No extension gallery: every lookup would fail on a machine without internet.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: `http://127.0.0.1:${port}/no-gallery`, itemUrl: `http://127.0.0.1:${port}/no-gallery` }),
    },
  });
  if (logFile) {
    child.stdout.on('data', (d) => logFile.write(d));
    child.stderr.on('data', (d) => logFile.write(d));
  }
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, url, root, extensionsDir: dirs.ext, stop };
}

/**
 * The workbench URL that opens `folder`, and loads the extension (and tests)
 * from disk when given `extensionPath`; without it, the extensions installed
 * in the server run, as for a user.
 */
export function workbenchUrl({ url, port }, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '';
  return `${url}/?folder=${encodeURIComponent(folder)}${query}`;
}
