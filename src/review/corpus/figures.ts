import { type Claim, speakerOf } from '../../engine/index';
import { repeatedQuotes, type Repeated } from './repeated';
import { mergeSpeakers } from './speakers';

/**
 * The figures of a set of articles (a folder, a workspace): counts by source
 * kind and claim type, the speakers merged across articles, and the quotes
 * found in more than one article. Pure: the CLI's `report` prints them, the
 * extension's report will chart them.
 */

/** An article's claims, with the line of each claim's cue (1-based, `lines[i]` for `claims[i]`). */
export interface ArticleClaims {
  file: string;
  claims: Claim[];
  lines: number[];
}

export interface SpeakerFigures {
  name: string;
  claims: number;
  articles: number;
  /** Words inside quotation marks in the speaker's claims. */
  quotedWords: number;
}

/** How many articles and claims, and the claims by source kind and by type. */
export interface ClaimCounts {
  articles: number;
  claims: number;
  sourceKinds: Record<string, number>;
  types: Record<string, number>;
}

export interface CorpusFigures extends ClaimCounts {
  speakers: SpeakerFigures[];
  repeated: Repeated[];
}

/** Source kinds whose name is a speaker (anonymous, vague and unresolved pronoun sources are not anyone in particular). */
export const NAMED = new Set(['person', 'organization', 'media', 'document']);

const QUOTED = /[“"«]([^”"»]+)[”"»]/g;

/** The parts of a claim's content inside quotation marks; the whole content of a direct quote with no marks (a block quote). */
export function quotedParts(c: Claim): string[] {
  const parts = [...c.contentText.matchAll(QUOTED)].map((m) => m[1].replace(/[\s,;:]+$/, ''));
  return parts.length || c.quoteKind !== 'direct' ? parts : [c.contentText];
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A speaker's figures and the names the engine gave them by (what the Claims view's speaker filter matches). */
export interface NamedSpeakerFigures extends SpeakerFigures {
  names: string[];
}

/** Claims counted by one of their fields (source kind, type, …). */
export function countClaims(articles: readonly { claims: readonly Claim[] }[], field: (c: Claim) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of articles) for (const c of a.claims) counts[field(c)] = (counts[field(c)] ?? 0) + 1;
  return counts;
}

/** The named speakers of the articles, merged across them (speakers.ts), most claims first. */
export function speakerFigures(articles: readonly { claims: readonly Claim[] }[]): NamedSpeakerFigures[] {
  const named = (c: Claim) => (NAMED.has(c.sourceKind) ? speakerOf(c)?.trim() || undefined : undefined);
  const merge = mergeSpeakers(articles.map((a) => ({
    names: a.claims.flatMap((c) => {
      const name = named(c);
      return name ? [{ name, person: c.sourceKind === 'person' }] : [];
    }),
  })));
  const bySpeaker = new Map<string, { claims: number; articles: Set<number>; quotedWords: number; names: Set<string> }>();
  articles.forEach((a, i) => {
    for (const c of a.claims) {
      const name = named(c);
      if (!name) continue;
      const key = merge.keyOf(i, name, c.sourceKind === 'person');
      const s = bySpeaker.get(key) ?? { claims: 0, articles: new Set<number>(), quotedWords: 0, names: new Set<string>() };
      s.claims++;
      s.articles.add(i);
      s.quotedWords += quotedParts(c).reduce((n, p) => n + wordCount(p), 0);
      s.names.add(speakerOf(c)!);
      bySpeaker.set(key, s);
    }
  });
  return [...bySpeaker]
    .map(([key, s]) => ({ name: merge.display(key), claims: s.claims, articles: s.articles.size, quotedWords: s.quotedWords, names: [...s.names] }))
    .sort((a, b) => b.claims - a.claims || b.articles - a.articles || a.name.localeCompare(b.name));
}

export function corpusFigures(articles: ArticleClaims[]): CorpusFigures {
  const claims = articles.reduce((n, a) => n + a.claims.length, 0);
  const speakers = speakerFigures(articles).map(({ names: _names, ...s }) => s);
  const quotes = articles.flatMap((a) => a.claims.flatMap((c, i) => quotedParts(c).map((text) => ({ file: a.file, line: a.lines[i] ?? 0, text }))));
  return {
    articles: articles.length, claims, sourceKinds: countClaims(articles, (c) => c.sourceKind), types: countClaims(articles, (c) => c.type),
    speakers, repeated: repeatedQuotes(quotes),
  };
}
