import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../hosts/node/loadEngine';
import { benchAdversarial } from './adversarial';
import { arg } from '../args';

/** npm run bench:hostile -- [--corpus DIR]: only the hostile-text section of npm run bench. */
const seed = join(arg('--corpus', '../shared/corpora/polnear'), '..', 'seed', 'iran-mek-rally-france.txt');
void benchAdversarial(loadEngine(), existsSync(seed) ? readFileSync(seed, 'utf8') : readFileSync(join('samples', 'council-budget.news'), 'utf8'));
