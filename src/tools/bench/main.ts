import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import type { Analyzer } from '../../engine/index';
import { availableParallelism } from 'node:os';
import { workerRunner } from '../../hosts/node/blockWorkers';
import { loadEngine } from '../../hosts/node/loadEngine';
import { benchWeb } from './web';
import { benchAdversarial } from './adversarial';
import { benchFormats } from './formats';
import { printWorkspaceIndex } from './workspaceIndex';
import { arg } from '../args';

/**
 * npm run bench -- [--corpus DIR] [--rounds N] [--only formats]: speed figures of the engine, printed (not asserted).
 */
function texts(): { name: string; texts: string[] } {
  const dir = join(arg('--corpus', '../shared/corpora/polnear'), 'dev', 'text');
  if (existsSync(dir)) return { name: 'PolNeAR dev', texts: readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')) };
  return { name: 'samples', texts: readdirSync('samples').map((f) => readFileSync(join('samples', f), 'utf8')) };
}

const words = (t: string) => (t.match(/\S+/g) ?? []).length;
const ms = (t0: number) => performance.now() - t0;
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const t0 = performance.now();
const engine = loadEngine();
const loadMs = ms(t0);
const corpus = texts();
const total = corpus.texts.reduce((n, t) => n + words(t), 0);

// 1. Cold throughput: the engine and a bare compromise parse over the same texts.
let t = performance.now();
for (const x of corpus.texts) engine.analyze(x);
const engineMs = ms(t);
t = performance.now();
for (const x of corpus.texts) nlp(x);
const nlpMs = ms(t);
console.log(`## Throughput over ${corpus.name}: ${corpus.texts.length} texts, ${total.toLocaleString()} words (models loaded in ${loadMs.toFixed(0)} ms)`);
console.log(`engine          ${engineMs.toFixed(0).padStart(7)} ms  ${(total / (engineMs / 1000)).toFixed(0).padStart(7)} words/s`);
console.log(`compromise nlp  ${nlpMs.toFixed(0).padStart(7)} ms  ${(total / (nlpMs / 1000)).toFixed(0).padStart(7)} words/s`);
console.log(`engine is ${(nlpMs / engineMs).toFixed(2)}× the speed of a bare compromise parse (target ≥ 4.5×, issue #9; the first round's floor was 3×)`);
// The speed issue quotes compromise at about 21k words/s on its reference machine; this one's speed varies.
const REFERENCE_WORDS_PER_S = 21_000;
const machine = total / (nlpMs / 1000) / REFERENCE_WORDS_PER_S;
console.log(`this machine, by compromise's speed: ${(machine * 100).toFixed(0)}% of the issue's reference (${REFERENCE_WORDS_PER_S.toLocaleString()} words/s)`);

// 2. Edit latency on a 10k-word article: 200 single-character edits, each re-analysed.
let article = '';
for (const x of corpus.texts) {
  if (words(article) >= 10_000) break;
  article += x.trim() + '\n\n';
}
/**
 * One random single-character edit (insert "e" or delete), as a flat string:
 * the editor hands the engine document.getText(), not a rope of slices.
 */
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const next = random() < 0.5 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  return flat(next);
}
function flat(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

const editor = engine.createAnalyzer();
editor.analyze(article);
/** Sources after an edit that kept their speakers without being resolved again, over the timed edits. */
let reused = 0;
/** Times n random edits, each followed by re-analysis. */
function timeEdits(n: number, random: () => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    article = edit(article, random);
    const t1 = performance.now();
    editor.analyze(article);
    out.push(ms(t1));
    reused += editor.reusedSpeakers;
  }
  return out;
}
// The first edits also compile the incremental paths; time them apart, as a cold start.
const cold = timeEdits(50, rng(7));
const latencies = timeEdits(200, rng(42));
console.log(`\n## Edit latency: ${words(article).toLocaleString()}-word article, 200 single-character edits at random positions, each re-analysed (Analyzer: changed blocks only)`);
console.log(`p50 ${percentile(latencies, 50).toFixed(1)} ms · p95 ${percentile(latencies, 95).toFixed(1)} ms · max ${Math.max(...latencies).toFixed(1)} ms (target p95 ≤ 2 ms, issue #9; the first round's was 5 ms); ${(reused / 250).toFixed(0)} sources an edit kept their speakers unresolved again, on average`);
console.log(`(measured after 50 other edits; those first 50, while the JIT compiles: p50 ${percentile(cold, 50).toFixed(1)} · p95 ${percentile(cold, 95).toFixed(1)} · max ${Math.max(...cold).toFixed(1)} ms)`);

// 3 and 5. A 1 MB document: total time, longest synchronous slice, heap.
// Text that does not repeat (PolNeAR train, when present), so no block is analysed twice.
const trainDir = join(arg('--corpus', '../shared/corpora/polnear'), 'train', 'text');
const unique = existsSync(trainDir) ? readdirSync(trainDir).sort().map((f) => readFileSync(join(trainDir, f), 'utf8')) : corpus.texts;
let big = '';
while (big.length < 1_000_000) for (const x of unique) { big += x + '\n\n'; if (big.length >= 1_000_000) break; }
big = big.slice(0, 1_000_000);
const bigSource = unique === corpus.texts ? `${corpus.name}, repeated` : 'PolNeAR train, no text repeated';
/** Rounds of the 1 MB measurements: this machine's speed varies from run to run. */
const ROUNDS = Number(arg('--rounds', '3'));
/** Analyses the 1 MB document as the extension does, timing the whole and each synchronous slice, sampling the heap between slices. */
async function timeBig(analyzer: Analyzer): Promise<{ ms: number; claims: number; longest: number; heapBefore: number; heapPeak: number }> {
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const slices: number[] = [];
  const t0 = performance.now();
  const result = await analyzer.analyzeInSlices(big, { sliceMs: 20, onSlice: (d) => { slices.push(d); heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); } });
  return { ms: ms(t0), claims: result?.claims.length ?? 0, longest: Math.max(...slices), heapBefore, heapPeak };
}

/** Median and range of some runs' totals. */
function spread(runs: { ms: number }[]): string {
  const t = runs.map((r) => r.ms).sort((x, y) => x - y);
  return `median ${percentile(t, 50).toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')})`;
}

/** The longest slice of each run. */
function longest(runs: { longest: number }[]): string {
  return `${Math.max(...runs.map((r) => r.longest)).toFixed(0)} ms (runs: ${runs.map((r) => r.longest.toFixed(0)).join(', ')})`;
}

const SEED = join(arg('--corpus', '../shared/corpora/polnear'), '..', 'seed', 'iran-mek-rally-france.txt');

void (async () => {
  const plainBig = big;
  if (arg('--only', '') === 'formats') return benchFormats(engine, article, plainBig, ROUNDS, edit, rng);
  await bigDocument();
  await benchFormats(engine, article, plainBig, ROUNDS, edit, rng);
  await benchAdversarial(engine, existsSync(SEED) ? readFileSync(SEED, 'utf8') : corpus.texts[0]);
  sizes();
})();

async function bigDocument(): Promise<void> {
  console.log(`\n## 1 MB document (${words(big).toLocaleString()} words, ${bigSource}), analysed as the extension does, ${ROUNDS} rounds`);
  const single: Awaited<ReturnType<typeof timeBig>>[] = [];
  const cold: typeof single = [];
  const warm: typeof single = [];
  let size = 0;
  for (let round = 0; round < ROUNDS; round++) {
    single.push(await timeBig(engine.createAnalyzer()));
    // Cold: the workers start with this text; this thread analyses it from the start meanwhile, they join from the end.
    const starting = workerRunner(join(__dirname, 'blockWorker.js'));
    cold.push(await timeBig(engine.createAnalyzer(starting)));
    starting.dispose();
    // Ready: as in the extension, where any text over 20,000 characters starts them ahead (they have analysed nothing yet).
    const ready = workerRunner(join(__dirname, 'blockWorker.js'));
    await ready.ready();
    warm.push(await timeBig(engine.createAnalyzer(ready)));
    ready.dispose();
    size = ready.size;
  }
  const measured = big;
  // Then typing in it: only the changed block is analysed again.
  const bigEditor = engine.createAnalyzer();
  await bigEditor.analyzeInSlices(big);
  const bigEdits: number[] = [];
  const typing = rng(3);
  for (let i = 0; i < 50; i++) {
    big = edit(big, typing);
    const t1 = performance.now();
    await bigEditor.analyzeInSlices(big);
    bigEdits.push(ms(t1));
  }
  const threads = `${availableParallelism()} cores: this thread and ${size} worker${size === 1 ? '' : 's'}`;
  const line = (how: string, runs: { ms: number; longest: number; claims: number }[]) =>
    console.log(`${how}: total ${spread(runs)} (target ≤ 2000 ms); longest slice on the host's thread ${longest(runs)} (target ≤ 50 ms); ${runs[0].claims.toLocaleString()} claims`);
  console.log('In Node (the desktop extension host):');
  line('one thread, in slices of 20 ms (no workers)', single);
  line(`shared with worker threads started by this text (${threads})`, cold);
  line(`shared with worker threads started ahead (${threads})`, warm);
  const median = (runs: { ms: number }[]) => percentile(runs.map((r) => r.ms), 50) * machine;
  console.log(`(an estimate, not a measurement: on the reference machine the medians would be about ${median(single).toFixed(0)}, ${median(cold).toFixed(0)} and ${median(warm).toFixed(0)} ms)`);
  console.log(`50 single-character edits in it, each re-analysed: p50 ${percentile(bigEdits, 50).toFixed(1)} ms · p95 ${percentile(bigEdits, 95).toFixed(1)} ms`);
  console.log(`heap (one thread, first round): ${(single[0].heapBefore / 2 ** 20).toFixed(0)} MB before, peak ${(single[0].heapPeak / 2 ** 20).toFixed(0)} MB sampled between slices; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  console.log(`In Chromium (the web extension host's code; ${ROUNDS} rounds):`);
  await benchWeb(measured, ROUNDS, line);
}

// 4. Bundle sizes and activation time.
function sizes(): void {
console.log('\n## Bundles (minified; target ≤ 500 KB each)');
for (const f of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/blockWorker.js', 'dist/web/blockWorker.js', 'dist/webview/report.js', 'dist/models/cue.bin', 'dist/models/role.bin']) {
  if (existsSync(f)) console.log(`${f.padEnd(24)} ${(statSync(f).size / 1024).toFixed(0).padStart(6)} KB${f.endsWith('.bin') ? '  (model, loaded beside the bundle)' : ''}`);
}
const activation = '.test-output/activation.json';
if (existsSync(activation)) {
  const a = JSON.parse(readFileSync(activation, 'utf8'));
  console.log(`activation in the real VS Code (node host, from the last npm test): ${a.activationMs} ms (target ≤ 50 ms)`);
} else {
  console.log('activation: run npm test first (the integration suite records it in .test-output/activation.json)');
}
const handlers = '.test-output/handlers.json';
if (existsSync(handlers)) {
  const h = JSON.parse(readFileSync(handlers, 'utf8')) as { characters: number; claims: number; vscode: string; longestMs: Record<string, number> };
  console.log(`\n## The extension's handlers on a ${(h.characters / 1e6).toFixed(2)} MB article (${h.claims.toLocaleString('en')} claims) in the real VS Code ${h.vscode} (node host, from the last npm test): longest synchronous run of each, opening it and typing at its end (target ≤ 50 ms)`);
  for (const [name, ms] of Object.entries(h.longestMs).sort((x, y) => y[1] - x[1])) console.log(`${name.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms${ms > 50 ? '  over the target' : ''}`);
  console.log('(wall-clock times on a machine shared with VS Code, the browser and the workers: a garbage collection or a busy core falls into them too)');
} else {
  console.log('handlers: run npm test first (the integration suite records them in .test-output/handlers.json)');
}
printWorkspaceIndex();
}
