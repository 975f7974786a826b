// The package as a user gets it. The README's install section is the script:
// its command lines are read from the README and run as they stand, with the
// harness's code-server in place of `code` and `npm ci` left to whoever set up
// this checkout (it reinstalls every package; .ci/run has just run it). Then:
//   - packageAsReadmeSays(): `npm run package` makes claim-lens.vsix;
//   - installAsReadmeSays(env): `code --install-extension claim-lens.vsix`, into
//     the code-server whose config, data and extensions folders `env` names;
//   - unpackedPackage(name): the package unzipped (Debian's unzip), for the web
//     host, which cannot install a .vsix, and the node host's integration suite.
// `node test/harness/vsix.mjs` packages (npm test runs it once, before the suites).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES } from './install.mjs';
import { ROOT } from './workspace.mjs';

export const VSIX = join(ROOT, 'claim-lens.vsix');
const CODE_SERVER_BIN = join(MODULES, '.bin', 'code-server');
const MARKER = '<!-- The test harness runs these lines as they stand (test/harness/vsix.mjs). -->';

/** The command lines of the README's install block: the fenced block right after the marker. */
export function readmeInstallLines() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  const block = at < 0 ? null : readme.slice(at + MARKER.length).match(/^\s*```sh\n([\s\S]*?)\n```/);
  if (!block) throw new Error(`README.md: no install block after "${MARKER}"`);
  return block[1].split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Each command of the install lines, as argv, in order. */
function installCommands() {
  return readmeInstallLines().flatMap((line) => line.split(' && ').map((cmd) => cmd.trim().split(/\s+/)));
}

function log(msg) {
  process.stderr.write(`[vsix] ${msg}\n`);
}

/** Runs the README's commands that `pick` chooses, failing on any the harness does not know. */
function runReadme(pick, env = {}) {
  const known = { 'npm ci': 'setup', 'npm run package': 'package', 'code --install-extension claim-lens.vsix': 'install' };
  for (const argv of installCommands()) {
    const line = argv.join(' ');
    const step = known[line];
    if (!step) throw new Error(`README.md's install section has a command the harness does not know: ${line}`);
    if (step !== pick) continue;
    const t0 = Date.now();
    const [cmd, ...args] = argv[0] === 'code' ? [CODE_SERVER_BIN, ...argv.slice(1)] : argv;
    execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    log(`${argv[0] === 'code' ? `${line} (code-server as code)` : line}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

export function packageAsReadmeSays() {
  if (!existsSync(join(ROOT, 'node_modules', '@vscode', 'vsce'))) throw new Error('node_modules has no @vscode/vsce: run npm ci first (the README\'s first command)');
  rmSync(VSIX, { force: true });
  runReadme('package');
  if (!existsSync(VSIX)) throw new Error('npm run package made no claim-lens.vsix');
}

/** Installs claim-lens.vsix into the code-server `env` points at (CODE_SERVER_CONFIG, HOME). */
export function installAsReadmeSays(env) {
  if (!existsSync(VSIX)) throw new Error('no claim-lens.vsix: run node test/harness/vsix.mjs (npm run package) first');
  runReadme('install', env);
}

/**
 * claim-lens.vsix unzipped afresh into .harness/<name>: `root` holds the
 * package's `extension/` folder (`extension`) and its manifest files.
 */
export function unpackedPackage(name) {
  if (!existsSync(VSIX)) throw new Error('no claim-lens.vsix: run node test/harness/vsix.mjs (npm run package) first');
  const root = join(ROOT, '.harness', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('unzip', ['-q', VSIX, '-d', root], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { root, extension: join(root, 'extension') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) packageAsReadmeSays();
