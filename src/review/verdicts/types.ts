/** One verdict on a claim: what a fact-checker decided, why, and who decided it when. */
export interface Verdict {
  rating: string;
  note?: string;
  evidence?: string[];
  /** ISO time the verdict was given; the newest of a record's verdicts is its current one. */
  updated: string;
  /** Who gave it (the `claimLens.verdicts.author` setting, or the user's login name). */
  author?: string;
}

/** What identifies a claim across edits: its own text plus a little of what surrounds it, never its offset. */
export interface ClaimKey {
  source: string;
  cue: string;
  content: string;
  /** A few words before and after the claim, to tell repeats of the same sentence apart. */
  before: string;
  after: string;
}

export interface VerdictRecord {
  /** Stable for the life of the record, so that saves from two windows merge record by record. */
  id: string;
  key: ClaimKey;
  /** The claim's id when the verdict was given (a hint, ids change when the claim's text does). */
  claimId: string;
  /** The claim as it read when rated, for showing an orphaned verdict to a person. */
  shown?: { source: string; cue: string; content: string };
  /** The current verdict: the newest one (where older versions of Claim Lens look for it). */
  verdict: Verdict;
  /** The earlier verdicts on the claim, oldest first; absent when there are none. */
  history?: Verdict[];
}

/** A record Claim Lens cannot read (a field of the wrong type, a later version's shape): kept as it was, never matched to a claim. */
export interface UnreadableRecord {
  raw: unknown;
  /** What is wrong with it, for a person. */
  reason: string;
}

export interface Sidecar {
  version: 1;
  records: VerdictRecord[];
  /** Records that did not validate: written back verbatim on every save. */
  unreadable?: UnreadableRecord[];
  /** Top-level fields Claim Lens does not know: written back as they were. */
  extra?: Record<string, unknown>;
  /** Why the file this was read from must not be rewritten (it holds what a rewrite would change), if so. */
  keepAsIs?: string;
}
