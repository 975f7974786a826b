// npm run fuzz -- [--runs N] [--seconds S]: the property-based suites (test/unit/**/fuzz.*.test.ts)
// alone, for long runs: N runs of each property, or S seconds in all (npm test gives them 45).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

let values;
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string' }, seconds: { type: 'string' } } }));
} catch (e) {
  console.error(`fuzz: ${e.message}\nusage: npm run fuzz -- [--runs N] [--seconds S]`);
  process.exit(2);
}
for (const [name, v] of Object.entries(values)) {
  if (!/^[1-9]\d*$/.test(v)) {
    console.error(`fuzz: --${name} takes a whole number, not "${v}"`);
    process.exit(2);
  }
}
const files = readdirSync('out/unit', { recursive: true }).filter((f) => /(^|\/)fuzz\.[^/]*\.test\.js$/.test(f)).map((f) => `out/unit/${f}`);
const env = { ...process.env, ...(values.runs ? { CLAIM_LENS_FUZZ_RUNS: values.runs } : {}), ...(values.seconds ? { FUZZ_SECONDS: values.seconds } : {}) };
const r = spawnSync(process.execPath, ['--test', '--test-timeout=0', ...files], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
