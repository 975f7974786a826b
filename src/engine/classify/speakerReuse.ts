import type { Span } from '../types';
import type { Gender } from './names';
import type { Resolved } from './speakerContext';

/**
 * Reusing speakers after an edit. Resolution looks only backwards, and each
 * lookup (speakerContext.ts) notes how far back it looked: a mention after the
 * changed part of the text whose lookups all stayed after it, and after any
 * mention whose speaker the change altered, resolves as it did before, moved
 * with the text. Only pronouns read what the article said of genders; they
 * are reused while those say the same as before at their place.
 */

/** One run of speaker resolution, kept for the next. Indexes are the mentions'. */
export interface SpeakerRun {
  /** Before completeShortNames (which looks forward and is made afresh). */
  results: Resolved[];
  /** The earliest offset each resolution looked at (-1: the start of the text; Infinity: nothing). */
  reach: number[];
  readsGender: boolean[];
  /** Each mention's place in the order of resolution. */
  order: number[];
  /** Genders learned, in the order learned, with the place in that order where each was. */
  learned: { at: number; name: string; gender: Gender }[];
  /** How many mentions after the change kept what they resolved to without resolving again. */
  reused: number;
}

/** How the text changed since `previous`: the first `known` mentions are the same; so are the last `tail`, moved by `delta`. */
export interface SpeakerChange {
  previous: SpeakerRun;
  known: number;
  tail: number;
  /** The changed part of the new text: before `start` nothing changed; from `end` on, the text is the old one's moved by `delta`. */
  start: number;
  end: number;
  delta: number;
}

/** A span of the old text where it stands in the new one, if it was not in the changed part. */
function moved(c: SpeakerChange, s: Span): Span | undefined {
  if (s.end <= c.start) return s;
  if (s.start >= c.end - c.delta) return { start: s.start + c.delta, end: s.end + c.delta };
  return undefined;
}

/** An old result where it stands in the new text, or undefined when it points into the changed part. */
export function movedResult(c: SpeakerChange, r: Resolved): Resolved | undefined {
  if (!r.speaker?.from || c.delta === 0) return r;
  const from = moved(c, r.speaker.from);
  return from && { speaker: { name: r.speaker.name, from }, kind: r.kind };
}

export function sameResolved(a: Resolved, b: Resolved | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  if (!a.speaker || !b.speaker) return a.speaker === b.speaker;
  return a.speaker.name === b.speaker.name && a.speaker.from?.start === b.speaker.from?.start && a.speaker.from?.end === b.speaker.from?.end;
}

/**
 * Tracks, while the new run goes, whether what the genders say agrees with
 * what they said at the same place of the old run: the old run's learning is
 * replayed up to the place of the old mention being considered.
 */
export class GenderReplay {
  private readonly old = new Map<string, Gender>();
  private readonly differ = new Set<string>();
  private next = 0;

  constructor(private readonly previous: SpeakerRun, private readonly now: Map<string, Gender>) {}

  /** Do the genders agree with the old run's just before old mention `j` was resolved? */
  agreeBefore(j: number): boolean {
    const at = this.previous.order[j];
    const learned = this.previous.learned;
    while (this.next < learned.length && learned[this.next].at < at) {
      const { name, gender } = learned[this.next++];
      if (!this.old.has(name)) this.old.set(name, gender);
      this.check(name);
    }
    return this.differ.size === 0;
  }

  /** The new run learned a gender for `name`. */
  check(name: string): void {
    if (this.now.get(name) === this.old.get(name)) this.differ.delete(name);
    else this.differ.add(name);
  }
}
