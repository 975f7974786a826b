import { createEngine, type Analyzer, type ModelFiles } from '../../engine/index';
import { webWorkerRunner } from '../../hosts/web/blockWorkers';

/**
 * The browser half of npm run bench (dist/web/bench.js): the 1 MB document
 * analysed in Chromium, by the web host's code (web workers from
 * dist/web/blockWorker.js), served by the Node half (src/tools/bench/web.ts).
 */
interface Run {
  ms: number;
  longest: number;
  claims: number;
}

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function time(analyzer: Analyzer, text: string): Promise<Run> {
  let longest = 0;
  const t0 = performance.now();
  let at = 0;
  let n = 0;
  const result = await analyzer.analyzeInSlices(text, { sliceMs: 20, onSlice: (d) => { n++; if (d > longest) { longest = d; at = n; } } });
  console.log(`longest slice ${longest.toFixed(0)} ms: slice ${at} of ${n}`);
  return { ms: performance.now() - t0, longest, claims: result?.claims.length ?? 0 };
}

(globalThis as unknown as { claimLensBench: (rounds: number) => Promise<unknown> }).claimLensBench = async (rounds: number) => {
  const [cue, role, text] = await Promise.all([bytes('/models/cue.bin'), bytes('/models/role.bin'), fetch('/text').then((r) => r.text())]);
  const files: ModelFiles = { cue, role };
  const engine = createEngine(files);
  const out: { single: Run[]; cold: Run[]; warm: Run[]; workers: number; cores: number } = { single: [], cold: [], warm: [], workers: 0, cores: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 0 };
  for (let round = 0; round < rounds; round++) {
    out.single.push(await time(engine.createAnalyzer(), text));
    const starting = webWorkerRunner('/web/blockWorker.js', Promise.resolve(files));
    if (!starting) throw new Error('this browser cannot make web workers');
    out.cold.push(await time(engine.createAnalyzer(starting), text));
    starting.dispose();
    const ready = webWorkerRunner('/web/blockWorker.js', Promise.resolve(files))!;
    await ready.ready();
    if (!ready.isReady()) throw new Error('the web workers did not start');
    out.warm.push(await time(engine.createAnalyzer(ready), text));
    out.workers = ready.size;
    ready.dispose();
  }
  return out;
};
