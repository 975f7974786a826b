import { shown } from '../messages';

/**
 * A progress bar on stderr when stderr is a terminal (redrawn at most ten
 * times a second, cleared at the end); nothing at all when it is piped or
 * redirected. Messages go through `say`, which clears the bar first.
 */
export class Progress {
  private readonly tty: boolean;
  private last = 0;
  private drawn = false;
  private done = 0;

  constructor(private readonly total: number, private readonly what: string, stream: NodeJS.WriteStream = process.stderr) {
    this.tty = stream.isTTY === true;
  }

  /** One line on stderr, `claim-lens: ` first, its control characters escaped. */
  say(message: string): void {
    this.clear();
    process.stderr.write(`claim-lens: ${shown(message)}\n`);
    this.draw(true);
  }

  step(): void {
    this.done++;
    this.draw(false);
  }

  private draw(force: boolean): void {
    if (!this.tty || !this.total) return;
    const now = Date.now();
    if (!force && now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((width * this.done) / this.total);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} ${this.what}\x1b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Whether progress (and a closing summary) is shown: stderr is a terminal. */
  get shown(): boolean {
    return this.tty;
  }
}
