import type { Span } from '../engine/index';

/**
 * Takes prose offsets back to the source file. Every prose character knows
 * the source range it came from: a copied character its own, a decoded entity
 * (`&ldquo;` → “) or an escape (`\*` → *) the whole of it, a paragraph break
 * the prose adds an empty range where the block ends.
 */
export interface ProseMap {
  /** True when prose and source are the same text (plain text): every offset maps to itself. */
  readonly identity: boolean;
  /** Where prose character `i` starts in the source (the source's length at or past the end of the prose). */
  start(i: number): number;
  /** Where prose character `i` ends in the source. */
  end(i: number): number;
  /**
   * What the mapping of prose offsets start..end-1 depends on, when the map can
   * tell (a map made of chunks: the chunks those offsets lie in, with where each
   * starts in the prose and in the source). Two maps with equal footprints map
   * those offsets alike.
   */
  footprint?(start: number, end: number): readonly unknown[];
}

/** Do two footprints say the same? */
export function sameFootprint(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Plain text: the prose is the file. */
export const IDENTITY: ProseMap = { identity: true, start: (i) => i, end: (i) => i + 1 };

/** A span of prose as a span of the source: from its first character's start to its last one's end (a quote with a link inside covers the link). */
export function mapSpan(map: ProseMap, s: Span): Span {
  if (map.identity) return s;
  const start = map.start(s.start);
  return { start, end: s.end > s.start ? Math.max(start, map.end(s.end - 1)) : start };
}

/** The last index in `sorted` whose value is at most `x` (0 if none). */
export function floorIndex(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Runs of prose: each run starts at a prose offset and either copies the
 * source one character for one (linear) or maps every character it holds to
 * one source range (an entity, an escape, a collapsed run of white space, a
 * paragraph break). Offsets are relative to the text the map was built on.
 */
export class RunMap implements ProseMap {
  readonly identity = false;
  constructor(
    private readonly prose: number[],
    private readonly from: number[],
    private readonly to: number[],
    private readonly linear: boolean[],
    private readonly proseLength: number,
    private readonly sourceLength: number,
  ) {}

  start(i: number): number {
    if (i >= this.proseLength || this.prose.length === 0) return this.sourceLength;
    const r = floorIndex(this.prose, i);
    return this.linear[r] ? this.from[r] + i - this.prose[r] : this.from[r];
  }

  end(i: number): number {
    if (i >= this.proseLength || this.prose.length === 0) return this.sourceLength;
    const r = floorIndex(this.prose, i);
    return this.linear[r] ? this.from[r] + i - this.prose[r] + 1 : this.to[r];
  }
}

/**
 * Builds prose and its map: text copied from the source, characters that
 * stand for a source range, and paragraph breaks (a blank line, added only
 * between two pieces of text, never at either end, never doubled).
 */
export class ProseBuilder {
  private text = '';
  private readonly prose: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly linear: boolean[] = [];
  /** A break is owed before the next text: at this source offset. */
  private pendingBreak = -1;
  /** A space is owed before the next text of the same block: this source range. */
  private pendingSpace?: [number, number];

  get length(): number {
    return this.text.length;
  }

  /** The prose so far ends a block: the next text starts a new one. */
  paragraph(at: number): void {
    if (this.text.length && this.pendingBreak < 0) this.pendingBreak = at;
    this.pendingSpace = undefined;
  }

  /** White space (collapsed, HTML's way): one space before the next text of this block, none at a block's start. */
  space(from: number, to: number): void {
    if (this.pendingBreak >= 0 || !this.text.length) return;
    const last = this.text.charCodeAt(this.text.length - 1);
    if (last === 32 || last === 10) return;
    if (!this.pendingSpace) this.pendingSpace = [from, to];
  }

  private owed(): void {
    if (this.pendingBreak >= 0) {
      this.run('\n\n', this.pendingBreak, this.pendingBreak, false);
      this.pendingBreak = -1;
    } else if (this.pendingSpace) {
      this.run(' ', this.pendingSpace[0], this.pendingSpace[1], false);
    }
    this.pendingSpace = undefined;
  }

  /** Source text at `from`, copied as it is. */
  copy(text: string, from: number): void {
    if (!text) return;
    this.owed();
    this.run(text, from, from + text.length, true);
  }

  /** Characters that stand for the source range [from, to) as a whole. */
  stand(text: string, from: number, to: number): void {
    if (!text) return;
    this.owed();
    this.run(text, from, to, to - from === text.length && text.length === 1);
  }

  private run(text: string, from: number, to: number, linear: boolean): void {
    const n = this.prose.length - 1;
    if (linear && n >= 0 && this.linear[n] && this.to[n] === from && this.prose[n] + (this.to[n] - this.from[n]) === this.text.length) {
      this.to[n] = to;
    } else {
      this.prose.push(this.text.length);
      this.from.push(from);
      this.to.push(to);
      this.linear.push(linear);
    }
    this.text += text;
  }

  /** The prose and its map over a source of `sourceLength` characters. */
  finish(sourceLength: number): { prose: string; map: RunMap } {
    return { prose: this.text, map: new RunMap(this.prose, this.from, this.to, this.linear, this.text.length, sourceLength) };
  }
}
