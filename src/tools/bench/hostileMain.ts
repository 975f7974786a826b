import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../hosts/node/loadEngine';
import { benchAdversarial } from './adversarial';

/** npm run bench:hostile -- [--corpus DIR]: only the hostile-text section of npm run bench. */
const i = process.argv.indexOf('--corpus');
const seed = join(i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : '../shared/corpora/polnear', '..', 'seed', 'iran-mek-rally-france.txt');
void benchAdversarial(loadEngine(), existsSync(seed) ? readFileSync(seed, 'utf8') : readFileSync(join('samples', 'council-budget.news'), 'utf8'));
