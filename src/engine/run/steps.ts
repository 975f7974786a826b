/** Runs a generator of steps (the engine's sliced work) to its end and returns its result. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
