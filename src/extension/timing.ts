import { now } from '../engine/index';

/**
 * The longest synchronous run of each of the extension's handlers since the
 * last reset: the analysis' slices, the store's listeners, the providers VS Code
 * calls. The integration suite records them on a 1 MB article and `npm run
 * bench` prints them against the 50 ms the extension host may be held.
 */
const longest = new Map<string, number>();

export function recordTime(name: string, ms: number): void {
  if (ms > (longest.get(name) ?? -1)) longest.set(name, ms);
}

/** `fn`, timed under `name` on every call. */
export function timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const t0 = now();
    try {
      return fn(...args);
    } finally {
      recordTime(name, now() - t0);
    }
  };
}

export function handlerTimes(): Record<string, number> {
  return Object.fromEntries([...longest].map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

export function resetHandlerTimes(): void {
  longest.clear();
}
