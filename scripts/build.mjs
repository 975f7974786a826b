// Builds every bundle with esbuild: the extension (node and web), the CLI,
// the developer tools (train, eval, bench) and the unit tests. With
// --production (npm run package), only what the package ships: the extension's
// bundles, their workers and the models, with no source maps.
import { build } from 'esbuild';
import { readdirSync, existsSync, mkdirSync, copyFileSync, rmSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
// The package's version, part of the engine's version (src/engine/version.ts).
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
// Bundles keep non-ASCII text as UTF-8 (franc's trigram tables would triple as \u escapes: 75 KB a bundle).
// micromark's named-reference decoder answered by entities, the table htmlparser2 decodes with (src/formats/shims/namedReference.ts): one entity table in the bundles, and no DOM.
const shared = { 'decode-named-character-reference': './src/formats/shims/namedReference.ts' };
// franc-min's trigram tables for the languages Claim Lens lets franc choose from (src/formats/languageNames.json) only:
// franc is always called with `only` those, so the others' tables (42 KB a bundle) are never read.
const { data: francData } = await import('franc-min/data.js');
const francLanguages = new Set(Object.keys(JSON.parse(readFileSync('src/formats/languageNames.json', 'utf8'))));
const francTrimmed = Object.fromEntries(Object.entries(francData).map(([script, langs]) => [script, Object.fromEntries(Object.entries(langs).filter(([code]) => francLanguages.has(code)))]));
const trimFranc = {
  name: 'trim-franc-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, () => ({ contents: `export const data = ${JSON.stringify(francTrimmed)};`, loader: 'js' }));
  },
};
const common = { plugins: [trimFranc], bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022', legalComments: 'none', charset: 'utf8', alias: shared, define: { CLAIM_LENS_VERSION: JSON.stringify(version) } };
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };

const jobs = [
  // The worker threads that analyse long texts in parallel (src/hosts/node/blockWorkers.ts).
  build({ ...node, entryPoints: ['src/hosts/node/blockWorker.ts'], outfile: 'dist/blockWorker.js', minify: true }),
];
if (!production) {
  jobs.push(
    build({ ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: true }),
    // The worker threads of claim-lens index, which analyse whole files (src/cli/index/pool.ts).
    build({ ...node, entryPoints: ['src/cli/index/worker.ts'], outfile: 'dist/indexWorker.js', minify: true }),
    build({ ...node, entryPoints: { eval: 'src/tools/eval/main.ts', train: 'src/tools/train/main.ts', 'train-confidence': 'src/tools/train/confidence.ts', 'eval-merge': 'src/tools/eval/speakerMerge.ts', 'eval-elsewhere': 'src/tools/eval/elsewhere.ts', bench: 'src/tools/bench/main.ts', 'bench-hostile': 'src/tools/bench/hostileMain.ts' }, outdir: 'dist' }),
  );
}
if (existsSync('src/extension/main.ts')) {
  jobs.push(
    // The extension host is shared: libraries that patch process or fs for everyone are replaced (src/hosts/node/shims/).
    build({ ...node, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true, alias: { ...shared, 'signal-exit': './src/hosts/node/shims/signal-exit.cjs', 'graceful-fs': './src/hosts/node/shims/graceful-fs.cjs' } }),
    // node: modules and src/hosts/node are only reached in the desktop host (src/extension/blockRunner.ts, sidecarFiles.ts).
    build({ ...common, platform: 'browser', format: 'cjs', entryPoints: ['src/extension/main.ts'], outfile: 'dist/web/extension.js', external: ['vscode', 'node:*', '../hosts/node/*'], minify: true }),
    // The web workers that analyse long texts in the web host (src/extension/blockRunner.ts): a classic script.
    build({ ...common, platform: 'browser', format: 'iife', entryPoints: ['src/hosts/web/blockWorker.ts'], outfile: 'dist/web/blockWorker.js', minify: true }),
    // The attribution report's webview script (src/webview/report): it runs in the webview's frame in both hosts, so one browser bundle serves both.
    build({ ...common, platform: 'browser', format: 'iife', entryPoints: ['src/webview/report/main.ts'], outfile: 'dist/webview/report.js', minify: true }),
  );
  // The browser half of npm run bench (not shipped).
  if (!production) jobs.push(build({ ...common, platform: 'browser', format: 'iife', entryPoints: ['src/tools/bench/webPage.ts'], outfile: 'dist/web/bench.js', minify: true }));
}
// test/unit mirrors src: out/unit keeps its folders (made afresh, so no test that was moved or removed runs on).
if (!production) rmSync('out/unit', { recursive: true, force: true });
const tests = !production && existsSync('test/unit') ? readdirSync('test/unit', { recursive: true }).filter((f) => f.endsWith('.test.ts')) : [];
if (tests.length) {
  jobs.push(build({ ...node, entryPoints: tests.map((f) => `test/unit/${f}`), outbase: 'test/unit', outdir: 'out/unit' }));
}
// The integration suite runs inside VS Code's extension host with mocha bundled
// in; mocha comes from the test harness's own install (test/harness/deps).
const harnessModules = 'test/harness/deps/node_modules';
if (!production && existsSync(`${harnessModules}/mocha`)) {
  jobs.push(build({
    ...node, entryPoints: ['test/integration/index.ts'], outfile: 'out/integration/index.js', external: ['vscode'],
    nodePaths: [harnessModules], logOverride: { 'require-resolve-not-external': 'silent' },
  }), build({
    ...common, platform: 'browser', format: 'cjs', entryPoints: ['test/integration/web.ts'], outfile: 'out/integration/web/index.js',
    // fs and path are only reached in the desktop host (guarded in the tests).
    external: ['vscode', 'fs', 'path'], nodePaths: [harnessModules], alias: { ...shared, assert: 'assert' }, define: { ...common.define, 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
    inject: [], logOverride: { 'require-resolve-not-external': 'silent' },
  }));
}
await Promise.all(jobs);
// The trained models ship beside the bundles, not inside them.
mkdirSync('dist/models', { recursive: true });
for (const f of ['cue.bin', 'role.bin']) copyFileSync(`models/${f}`, `dist/models/${f}`);
// The report webview's style sheet, served beside its script (the webview's only local resource root).
if (existsSync('src/webview/report/report.css')) {
  mkdirSync('dist/webview', { recursive: true });
  copyFileSync('src/webview/report/report.css', 'dist/webview/report.css');
}
