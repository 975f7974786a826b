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

/**
 * Runs a generator of steps to its end in slices of about `sliceMs`, letting
 * other work run between them; undefined when `cancelled()` says its result
 * is no longer wanted.
 */
export async function inSlices<T>(steps: Generator<void, T>, options: { sliceMs?: number; cancelled?: () => boolean } = {}): Promise<T | undefined> {
  const { sliceMs = 20, cancelled } = options;
  let t0 = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - t0 < sliceMs) continue;
    await yieldToEventLoop();
    if (cancelled?.()) return undefined;
    t0 = now();
  }
}
