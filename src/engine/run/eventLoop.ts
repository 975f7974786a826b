/**
 * Lets other work run: setImmediate where the host has it (Node); elsewhere a
 * message to itself, which browsers do not delay the way they clamp a zero
 * timeout (to 1-4 ms, a fifth of a 20 ms slice).
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as unknown as { setImmediate?: (f: () => void) => void; MessageChannel?: new () => { port1: { onmessage: (() => void) | null; close(): void }; port2: { postMessage(m: unknown): void } } };
  if (g.setImmediate) return new Promise((resolve) => g.setImmediate!(resolve));
  if (!g.MessageChannel) return new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new g.MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

export const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface SliceOptions {
  /** How long a slice may run before other work gets its turn. */
  sliceMs?: number;
  /** Checked after each pause: true gives up (undefined). */
  cancelled?: () => boolean;
  /** Told how long each slice ran. */
  onSlice?: (ms: number) => void;
  /** Called just before each pause. */
  onPause?: () => void;
}

/**
 * Runs a generator of steps to its end in slices of about `sliceMs`, letting
 * other work run between them; undefined when `cancelled()` says its result
 * is no longer wanted. A step that yields a promise pauses until it settles.
 */
export async function inSlices<T>(steps: Generator<Promise<void> | void, T>, options: SliceOptions = {}): Promise<T | undefined> {
  const { sliceMs = 20, cancelled, onSlice, onPause } = options;
  let t0 = now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      onSlice?.(now() - t0);
      return r.value;
    }
    const waiting = r.value;
    if (!waiting && now() - t0 < sliceMs) continue;
    onSlice?.(now() - t0);
    onPause?.();
    await (waiting ?? yieldToEventLoop());
    if (cancelled?.()) return undefined;
    t0 = now();
  }
}
