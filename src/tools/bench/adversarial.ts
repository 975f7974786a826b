import { join } from 'node:path';
import { splitBlocks, type BlockRunner, type Engine } from '../../engine/index';
import { Analyzer } from '../../engine/training';
import { workerRunner } from '../../hosts/node/blockWorkers';
import { claimKey, matchVerdictSteps, type VerdictRecord } from '../../review/verdicts/index';

/**
 * Hostile texts for npm run bench: each at 100 KB and 1 MB, analysed as the
 * extension does (in 20 ms slices on one thread), printing the time, the
 * ratio 1 MB / 100 KB (linear work gives about 10; target ≤ 12) and the
 * longest slice (target ≤ 50 ms). A pattern marked "exact" repeats the same
 * string, as the hardening issue's tests did (its blocks repeat too, so the
 * block cache answers most of them); the others number each repetition, so
 * every block is new and analysed.
 */
interface Pattern {
  name: string;
  piece: (i: number) => string;
}

export function adversarialPatterns(seed: string): Pattern[] {
  const oneLine = seed.replace(/\s*\n\s*/g, ' ').trim() + ' ';
  const cr = seed.replace(/\r?\n/g, '\r') + '\r\r';
  return [
    { name: '“a,” he said. (exact, one paragraph)', piece: () => '“a,” he said. ' },
    { name: 'he said, (exact, one paragraph)', piece: () => 'he said, ' },
    { name: '“aN,” he said. (numbered)', piece: (i) => `“a${i},” he said. ` },
    { name: 'he said N, (numbered)', piece: (i) => `he said ${i}, ` },
    { name: 'seed article joined into one line', piece: (i) => oneLine.replace(/France/g, `France${i}`) },
    { name: 'seed article with CR line ends', piece: (i) => cr.replace(/France/g, `France${i}`) },
    { name: 'according to XN, (one sentence)', piece: (i) => `according to X${i}, ` },
    { name: 'Tehran’s claim N (possessed cues)', piece: (i) => `Tehran’s claim ${i} ` },
    { name: '”— AN (signed-quote marks, one line)', piece: (i) => `”— A${i} ` },
    { name: 'AN B: c said d. (label-like)', piece: (i) => `A${i} B: c said d. ` },
    { name: '"N (straight quotes only)', piece: (i) => `"${i} ` },
    { name: '“N (opening quotes only)', piece: (i) => `“${i} ` },
    { name: 'wordN (no punctuation)', piece: (i) => `word${i} ` },
    { name: 'said saidN (every word a cue)', piece: (i) => `said said${i % 7} ` },
    { name: 'xN.\\n (a paragraph per line)', piece: (i) => `x${i}.\n` },
  ];
}

function build(p: Pattern, size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const s = p.piece(i);
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, size);
}

async function timeSliced(engine: Engine, text: string, runner?: BlockRunner): Promise<{ ms: number; longest: number; claims: number }> {
  const slices: number[] = [];
  const t0 = performance.now();
  const r = await new Analyzer(engine.models, !!runner, runner).analyzeInSlices(text, { sliceMs: 20, onSlice: (d) => slices.push(d) });
  return { ms: performance.now() - t0, longest: Math.max(...slices), claims: r?.claims.length ?? 0 };
}

/** A one-line and a CR-only 1 MB text shared with worker threads started ahead: how many of its blocks they took. */
async function shared(engine: Engine, name: string, text: string): Promise<void> {
  const pool = workerRunner(join(__dirname, 'blockWorker.js'));
  await pool.ready();
  let taken = 0;
  const counting: BlockRunner = { size: pool.size, isReady: () => pool.isReady(), run: (blocks) => { taken += blocks.length; return pool.run(blocks); } };
  const r = await timeSliced(engine, text, counting);
  pool.dispose();
  console.log(`${name}, shared with ${pool.size} worker thread${pool.size === 1 ? '' : 's'}: ${r.ms.toFixed(0)} ms, longest slice ${r.longest.toFixed(0)} ms, the workers took ${taken} of ${splitBlocks(text).length} blocks`);
}

export async function benchAdversarial(engine: Engine, seed: string): Promise<void> {
  console.log('\n## Hostile texts, 100 KB and 1 MB each, one thread in 20 ms slices (ratio target ≤ 12, slice target ≤ 50 ms)');
  console.log(`${'pattern'.padEnd(42)} ${'100 KB'.padStart(8)} ${'1 MB'.padStart(8)} ${'ratio'.padStart(6)} ${'slice'.padStart(7)} ${'blocks'.padStart(7)} ${'claims'.padStart(7)}`);
  let worstRatio = 0;
  let worstSlice = 0;
  for (const p of adversarialPatterns(seed)) {
    const small = await timeSliced(engine, build(p, 100_000));
    const bigText = build(p, 1_000_000);
    const big = await timeSliced(engine, bigText);
    const ratio = big.ms / small.ms;
    const slice = Math.max(small.longest, big.longest);
    worstRatio = Math.max(worstRatio, ratio);
    worstSlice = Math.max(worstSlice, slice);
    console.log(`${p.name.padEnd(42)} ${small.ms.toFixed(0).padStart(5)} ms ${big.ms.toFixed(0).padStart(5)} ms ${ratio.toFixed(1).padStart(6)} ${slice.toFixed(0).padStart(4)} ms ${String(splitBlocks(bigText).length).padStart(7)} ${String(big.claims).padStart(7)}`);
  }
  console.log(`worst ratio ${worstRatio.toFixed(1)} (target ≤ 12); longest slice ${worstSlice.toFixed(0)} ms (target ≤ 50 ms)`);
  const [oneLine, cr] = adversarialPatterns(seed).filter((p) => p.name.startsWith('seed article'));
  await shared(engine, oneLine.name, build(oneLine, 1_000_000));
  await shared(engine, cr.name, build(cr, 1_000_000));
  verdictMatching(engine, build(adversarialPatterns(seed)[4], 1_000_000));
}

/**
 * Matching stored verdicts to a 1 MB article's claims, which the extension
 * does after every analysis of a rated article: every record was once scored
 * against every claim (5 s for 200 records here before the hardening issue).
 */
function verdictMatching(engine: Engine, text: string): void {
  const claims = engine.analyze(text).claims;
  for (const n of [200, 10_000]) {
    const records: VerdictRecord[] = Array.from({ length: n }, (_, i) => {
      const c = claims[(i * 7919) % claims.length];
      const key = claimKey(text, c);
      // Every third an edited quote: a word dropped, so it matches by similarity, not by its exact text.
      return { id: `v${i}`, key: i % 3 ? key : { ...key, content: key.content.split(' ').slice(1).join(' ') }, claimId: `old${i}`, verdict: { rating: 'True', updated: '2026-01-01T00:00:00.000Z' } };
    });
    // As the extension does it: in slices of 20 ms.
    const steps = matchVerdictSteps(text, claims, records);
    const t0 = performance.now();
    let longest = 0;
    let r = steps.next();
    while (!r.done) {
      const s0 = performance.now();
      while (!r.done && performance.now() - s0 < 20) r = steps.next();
      longest = Math.max(longest, performance.now() - s0);
    }
    console.log(`matching ${n.toLocaleString('en')} verdicts to the ${claims.length.toLocaleString('en')} claims of a 1 MB article of repeated wire copy: ${(performance.now() - t0).toFixed(0)} ms in slices, the longest ${longest.toFixed(0)} ms (target ≤ 50 ms); ${r.value.byClaim.size.toLocaleString('en')} matched`);
  }
}
