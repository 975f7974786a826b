/** What the command line tells its user: exit codes, one-line messages, standard output. */

/** The exit codes, as the README documents them. */
export const EXIT = {
  /** Every file was done. */
  ok: 0,
  /** Some file could not be read, analysed or written (each named on stderr); the others were done. */
  failed: 1,
  /** Nothing was done: the command line is wrong or --out-dir cannot be used. */
  usage: 2,
  /** A failure the CLI did not expect (a bug or a broken installation). */
  internal: 3,
} as const;

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional
// controls that make a name read differently from what it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `s` with its control characters written as escapes (`\n`, `\x1b`, `\u202e`), so one line stays one line on a terminal. */
export function shown(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** `1 claim`, `2 claims`, `1,500 claims`. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** One line on stderr, `claim-lens: ` first, its control characters escaped. */
export function say(message: string): void {
  process.stderr.write(`claim-lens: ${shown(message)}\n`);
}

export { reasonOf } from '../hosts/node/regularFile';

export const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;

/** An error's message on one line, or its stack when the user asked for --debug. */
export function sayUnexpected(prefix: string, e: unknown, debug: boolean): void {
  const message = e instanceof Error ? e.message : String(e);
  say(`${prefix}internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
}

/**
 * Writes to stdout and waits until it is taken: undefined when it was, or the
 * error (EPIPE when the reader has gone, as `| head` does).
 */
export function writeOut(text: string): Promise<NodeJS.ErrnoException | undefined> {
  if (process.stdout.destroyed) return Promise.resolve(Object.assign(new Error('standard output is closed'), { code: 'EPIPE' }));
  return new Promise((resolve) => process.stdout.write(text, (e) => resolve(e ?? undefined)));
}

/** Errors of the standard streams are seen where they are written (writeOut); none may end the process with a trace. */
export function quietStreams(): void {
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
}
