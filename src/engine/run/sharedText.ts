import type { KeyedBlock } from '../text/blocks';

/** Analyses blocks elsewhere (worker threads in Node, web workers in the browser). */
export interface ChunkRunner<R> {
  /** The same results as analyzeBlock for each block text, in order. */
  run(blocks: string[]): Promise<R[]>;
  /** Gets ready (starts) in the background, for texts that may soon need it. */
  warm?(): void;
  /** Ready to take work now? */
  isReady?(): boolean;
  /** How many blocks it analyses at once (its threads); 1 if not said. */
  readonly size?: number;
}

/** Where an analysis is: the text's blocks, and the index of the one being analysed. */
export interface Progress {
  blocks: KeyedBlock[];
  at: number;
}

/** Most characters the runner is handed at a time: small enough that this thread seldom waits for it at the end. */
const CHUNK = 32_000;

/**
 * One long text analysed by two sides at once: this thread from its start, in
 * slices, and a runner (workers) from its end, a chunk of blocks at a
 * time, until they meet. This thread does not wait for the runner to start,
 * and a runner that fails only leaves more to this thread.
 *
 * Each of the runner's threads has two chunks in hand, so it never idles while
 * this thread is between slices.
 */
export class SharedText<R> {
  /** Blocks handed to the runner and not yet back, by index: when they are. */
  private readonly pending = new Map<number, Promise<void>>();
  /** The runner takes blocks from here down. */
  private tail: number;
  private stopped = false;
  private started = false;

  /**
   * @param has is this block's result known already?
   * @param store keeps a result the runner sends back.
   */
  constructor(
    private readonly text: string,
    private readonly progress: Progress,
    private readonly has: (key: number) => boolean,
    private readonly store: (key: number, result: R) => void,
    private readonly runner: ChunkRunner<R>,
  ) {
    this.tail = progress.blocks.length - 1;
    this.poll();
  }

  /**
   * Starts handing out blocks once the runner is ready: called between slices.
   * A runner that is never ready (a worker that cannot load) is never waited for.
   */
  poll(): void {
    if (this.started || this.stopped || !(this.runner.isReady?.() ?? true)) return;
    this.started = true;
    for (let lane = 0; lane < 2 * (this.runner.size ?? 1); lane++) void this.lane();
  }

  /** When the runner has the block at this index in hand: settles once it is back (or failed, and is this thread's to do). */
  waitFor(index: number): Promise<void> | undefined {
    return this.pending.get(index);
  }

  /** Hands out no more blocks (the analysis is done, or a newer text came). */
  stop(): void {
    this.stopped = true;
  }

  private async lane(): Promise<void> {
    const { blocks } = this.progress;
    while (!this.stopped) {
      const taken = this.take(blocks);
      if (!taken.length) return;
      const chunk = taken.map((i) => blocks[i]);
      const done = this.runner.run(chunk.map((b) => detached(this.text, b.start, b.end))).then(
        (results) => chunk.forEach((b, i) => this.store(b.key, results[i])),
        () => this.stop(), // this thread analyses them instead
      ).finally(() => taken.forEach((i) => this.pending.delete(i)));
      for (const i of taken) this.pending.set(i, done);
      await done;
    }
  }

  /** The next chunk from the end: the indices of blocks not yet known, handed out or begun here, in text order. */
  private take(blocks: KeyedBlock[]): number[] {
    const chunk: number[] = [];
    // Smaller chunks as the two sides close in, so that this thread seldom waits at the meeting point.
    const between = this.tail > this.progress.at ? blocks[this.tail].end - blocks[this.progress.at].end : 0;
    const most = Math.max(2_000, Math.min(CHUNK, between / 4));
    let size = 0;
    while (this.tail > this.progress.at + 1 && size < most) {
      const b = blocks[this.tail--];
      if (this.has(b.key)) continue;
      chunk.push(this.tail + 1);
      size += b.end - b.start;
    }
    return chunk.reverse();
  }
}

/**
 * text.slice(start, end) as a string of its own. A plain slice can keep the
 * whole text alive (V8 makes it a view into its parent), and a cached block
 * result outlives many versions of a text that is edited on every keystroke.
 */
export function detached(text: string, start: number, end: number): string {
  return (' ' + text.slice(start, end)).slice(1);
}
