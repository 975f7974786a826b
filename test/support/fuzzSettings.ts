import fc, { type Parameters } from 'fast-check';

/**
 * How long the property-based suites run. In npm test each property gets a
 * share of 45 seconds in all (FUZZ_SECONDS); `npm run fuzz -- --runs N`
 * sets CLAIM_LENS_FUZZ_RUNS and lifts the time limit, for long runs. A
 * failure prints fast-check's seed and path: pass them as `seed` and `path`
 * to replay it.
 */
export function fuzzParameters<T>(share: number): Parameters<T> {
  const runs = Number(process.env.CLAIM_LENS_FUZZ_RUNS);
  if (Number.isFinite(runs) && runs > 0) return { numRuns: runs };
  const seconds = Number(process.env.FUZZ_SECONDS ?? 45);
  return { numRuns: 100_000, interruptAfterTimeLimit: Math.max(1, seconds * share) * 1000, markInterruptAsFailure: false };
}

/**
 * Checks a property within its share of the time, failing with fast-check's
 * report (the counterexample, its seed and path), and says how many runs it made.
 */
export async function holds<T>(t: { diagnostic(message: string): void }, property: fc.IProperty<T> | fc.IAsyncProperty<T>, share: number): Promise<void> {
  const r = await fc.check(property, fuzzParameters<T>(share));
  if (r.failed) {
    const cause = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
    throw new Error(`${fc.defaultReportMessage(r) ?? 'the property failed'}\n\nWhat failed: ${cause}`);
  }
  t.diagnostic(`${r.numRuns} runs${r.interrupted ? ' (stopped at its time limit)' : ''}`);
}
