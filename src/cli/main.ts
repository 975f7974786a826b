import { readCommandLine, wantsDebug } from './args';
import { exportClaims, extract } from './commands';
import { EXIT, quietStreams, say, sayUnexpected } from './messages';
import { USAGE } from './usage';
import { runArchive } from './index/run';

/** Runs a command line and returns the exit code; a usage error is one line, then the usage. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'index' || argv[0] === 'report') return runArchive(argv[0], argv.slice(1));
  const cl = readCommandLine(argv);
  if ('help' in cl) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if ('error' in cl) {
    if (cl.error) say(cl.error);
    process.stderr.write(`${cl.error ? '\n' : ''}${USAGE}\n`);
    return EXIT.usage;
  }
  return cl.command === 'extract' ? extract(cl) : exportClaims(cl);
}

/**
 * The guard around everything: an exception nobody expected is one line
 * (`claim-lens: internal error: …`) and exit code 3; --debug adds its trace.
 */
export function runGuarded(argv: string[]): void {
  const debug = wantsDebug(argv);
  quietStreams();
  process.on('uncaughtException', (e) => {
    sayUnexpected('', e, debug);
    process.exit(EXIT.internal);
  });
  main(argv).then(
    (code) => { process.exitCode = code; },
    (e) => {
      sayUnexpected('', e, debug);
      process.exitCode = EXIT.internal;
    },
  );
}
