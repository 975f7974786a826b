import * as vscode from 'vscode';

/** At most this many files are looked at (stat, read, hash, cache) at once. */
const FILES_AT_ONCE = 16;

/** At most `size` of the jobs given to run() at once; the others wait their turn, in order. */
export class Gate {
  private waiting: (() => void)[] = [];
  private free: number;

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/**
 * The files waiting to be indexed, each once, worked on a few at a time in
 * the order they came; a batch (from idle to idle) counts its files for the
 * progress shown; cancel() drops the files not begun.
 */
export class WorkQueue {
  private readonly waiting = new Map<string, vscode.Uri>();
  /** The files in hand; one added again meanwhile (changed while it was read) is looked at again after. */
  private readonly inHand = new Set<string>();
  private readonly again = new Map<string, vscode.Uri>();
  private idleWaiters: (() => void)[] = [];
  private batch = { done: 0, total: 0 };
  private readonly progress = new vscode.EventEmitter<{ done: number; total: number }>();
  /** Fires as each file of the batch is done. */
  readonly onProgress = this.progress.event;

  constructor(private readonly work: (uri: vscode.Uri) => Promise<void>) {}

  get busy(): boolean {
    return this.inHand.size > 0 || this.waiting.size > 0;
  }

  /** The batch so far: files done, and files in it (done, in hand and waiting). */
  get counts(): { done: number; total: number } {
    return { ...this.batch };
  }

  add(uris: Iterable<vscode.Uri>): void {
    for (const uri of uris) {
      const key = uri.toString();
      if (this.inHand.has(key)) this.again.set(key, uri);
      if (this.waiting.has(key) || this.inHand.has(key)) continue;
      this.waiting.set(key, uri);
      this.batch.total++;
    }
    this.pump();
  }

  /** Settles when no file waits and none is in hand. */
  idle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  /** Drops the files not begun (those in hand finish); returns how many were dropped. */
  cancel(): number {
    const dropped = this.waiting.size;
    this.waiting.clear();
    this.again.clear();
    this.batch.total -= dropped;
    if (!this.busy) this.settle();
    return dropped;
  }

  private pump(): void {
    while (this.inHand.size < FILES_AT_ONCE && this.waiting.size) {
      const [key, uri] = this.waiting.entries().next().value!;
      this.waiting.delete(key);
      this.inHand.add(key);
      void this.work(uri).catch(() => undefined).finally(() => {
        this.inHand.delete(key);
        const again = this.again.get(key);
        if (again) {
          this.again.delete(key);
          this.waiting.set(key, again);
          this.batch.total++;
        }
        this.batch.done++;
        this.progress.fire({ ...this.batch });
        if (this.busy) this.pump();
        else this.settle();
      });
    }
  }

  private settle(): void {
    this.batch = { done: 0, total: 0 };
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  dispose(): void {
    this.cancel();
    this.progress.dispose();
  }
}
