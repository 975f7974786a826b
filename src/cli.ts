// The command line's entry (bundled to dist/cli.js); it lives in src/cli/.
import { runGuarded } from './cli/main';

runGuarded(process.argv.slice(2));
