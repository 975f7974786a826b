/** What the command line tells its user. */

/** The system's reason for a failed file operation, without the path Node puts in its message. */
export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const described = /^[A-Z0-9_]+: ([^,]+)/.exec(err?.message ?? '');
  if (err?.code && described) return `${described[1]}, ${err.code}`;
  return err?.code ?? String(err?.message ?? e);
}

export const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;
