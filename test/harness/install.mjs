// Installs what the real-VS-Code tests need, from Debian apt and the npm
// registry only, and reuses the install on later runs:
//   - apt: chromium (the browser that drives VS Code), unzip (opens the .vsix for
//     the web host), ripgrep (stands in for @vscode/ripgrep's download), and the
//     headers code-server's native modules build against;
//   - npm: code-server 4.100.3 (VS Code 1.100.3), playwright-core and mocha, into
//     test/harness/deps/node_modules with their own lockfile.
// code-server's own postinstall downloads from GitHub, so its steps are done here by hand.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS = dirname(fileURLToPath(import.meta.url));
export const DEPS = join(HARNESS, 'deps');
export const MODULES = join(DEPS, 'node_modules');
export const CODE_SERVER = join(MODULES, 'code-server');
const VSCODE = join(CODE_SERVER, 'lib', 'vscode');
const MARKER = join(MODULES, '.claim-lens-harness');
const APT = ['chromium', 'ripgrep', 'unzip', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];

function log(msg) {
  process.stderr.write(`[harness] ${msg}\n`);
}

function run(cmd, args, cwd, env = {}) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

function installApt() {
  const missing = APT.filter((p) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).includes('install ok installed');
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(' ')} (run as root, or apt-get install them)`);
  log(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq'], HARNESS);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], HARNESS, { DEBIAN_FRONTEND: 'noninteractive' });
}

function lockHash() {
  return createHash('sha256').update(readFileSync(join(DEPS, 'package-lock.json'))).update(process.version).digest('hex');
}

function symlink(target, path) {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(target, path);
}

function installNpm() {
  const t0 = Date.now();
  log('npm ci (code-server, playwright-core, mocha) into test/harness/deps');
  rmSync(MARKER, { force: true });
  const env = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false' };
  run('npm', ['ci', '--ignore-scripts'], DEPS, env);
  // code-server exits at start without its password hashing module, even with --auth none.
  run('npm', ['rebuild', 'argon2'], DEPS, env);
  // What code-server's postinstall.sh does, minus the GitHub download of ripgrep.
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], VSCODE, env);
  const rgDir = join(VSCODE, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  copyFileSync('/usr/bin/rg', join(rgDir, 'rg'));
  run('npm', ['rebuild'], VSCODE, { ...env, npm_config_yes: 'true' });
  symlink('node_modules', join(VSCODE, 'node_modules.asar'));
  symlink('code-linux.sh', join(VSCODE, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', join(VSCODE, 'bin', 'helpers', 'browser.sh'));
  run('npm', ['install', '--omit=dev'], join(VSCODE, 'extensions'), env);
  writeFileSync(MARKER, lockHash());
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

export function ensureHarness() {
  installApt();
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === lockHash()) return;
  installNpm();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureHarness();
