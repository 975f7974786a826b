import { EXIT, say } from '../messages';
import { reportCommand } from '../report/command';
import { USAGE } from '../usage';
import { readArchiveCommandLine } from './args';
import { indexCommand } from './command';

/** `claim-lens index …` and `claim-lens report …`: a usage error is one line, then the usage (as for extract). */
export async function runArchive(command: 'index' | 'report', args: string[]): Promise<number> {
  const cl = readArchiveCommandLine(command, args);
  if ('help' in cl) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if ('error' in cl) {
    say(cl.error);
    process.stderr.write(`\n${USAGE}\n`);
    return EXIT.usage;
  }
  return cl.command === 'index' ? indexCommand(cl) : reportCommand(cl);
}
