import { userInfo } from 'node:os';

/** The login name of the user running this process, or undefined where the system has none (no entry in the user database). */
export function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
