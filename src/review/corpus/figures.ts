import { type Claim, drain, speakerOf } from '../../engine/index';
import { repeatedQuotes, type Repeated } from './repeated';
import { ARTICLES_PER_STEP, type ArticleSpeakers, mergeSpeakerSteps } from './speakers';

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

/** The name of a claim's speaker when its source names someone (a person, an organisation, a medium, a document); undefined for anonymous, vague, pronoun and missing sources. */
export function namedSpeaker(c: Claim): string | undefined {
  return NAMED.has(c.sourceKind) ? speakerOf(c)?.trim() || undefined : undefined;
}

/** One speaker across articles: their claims in each article that quotes them (by the article's index in the list given). */
export interface SpeakerGroup {
  /** Equal for the names merged into one speaker (src/review/corpus/speakers.ts). */
  key: string;
  /** The name shown: the fullest form used most often. */
  name: string;
  claims: number;
  quotedWords: number;
  byArticle: Map<number, Claim[]>;
}

/**
 * The named speakers of a set of articles, merged across them by the names
 * they resolve to, most claims first (then most articles, then by name): the
 * report's speaker figures and the Claims view's workspace scope.
 */
export function speakerGroups(articles: readonly { readonly claims: readonly Claim[] }[]): SpeakerGroup[] {
  return drain(speakerGroupSteps(articles));
}

/** The same, pausing every ARTICLES_PER_STEP articles (for the extension's thousand-article workspace). */
export function* speakerGroupSteps(articles: readonly { readonly claims: readonly Claim[] }[]): Generator<void, SpeakerGroup[]> {
  const names: ArticleSpeakers[] = [];
  for (const [i, a] of articles.entries()) {
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    names.push({
      names: a.claims.flatMap((c) => {
        const name = namedSpeaker(c);
        return name ? [{ name, person: c.sourceKind === 'person' }] : [];
      }),
    });
  }
  const merge = yield* mergeSpeakerSteps(names);
  const byKey = new Map<string, SpeakerGroup>();
  for (const [i, a] of articles.entries()) {
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    for (const c of a.claims) {
      const name = namedSpeaker(c);
      if (!name) continue;
      const key = merge.keyOf(i, name, c.sourceKind === 'person');
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { key, name: '', claims: 0, quotedWords: 0, byArticle: new Map() }));
      g.claims++;
      const list = g.byArticle.get(i);
      if (list) list.push(c);
      else g.byArticle.set(i, [c]);
      g.quotedWords += quotedParts(c).reduce((n, p) => n + wordCount(p), 0);
    }
  }
  yield;
  const groups = [...byKey.values()];
  for (const [i, g] of groups.entries()) {
    if (i % 500 === 499) yield;
    g.name = merge.display(g.key);
  }
  yield;
  return groups.sort((a, b) => b.claims - a.claims || b.byArticle.size - a.byArticle.size || a.name.localeCompare(b.name));
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

/** The named speakers of the articles, merged across them (speakerGroups), most claims first, with the names the engine gave each. */
export function speakerFigures(articles: readonly { claims: readonly Claim[] }[]): NamedSpeakerFigures[] {
  return speakerGroups(articles).map((g) => {
    const names = new Set<string>();
    for (const claims of g.byArticle.values()) for (const c of claims) names.add(speakerOf(c)!);
    return { name: g.name, claims: g.claims, articles: g.byArticle.size, quotedWords: g.quotedWords, names: [...names] };
  });
}

export function corpusFigures(articles: ArticleClaims[]): CorpusFigures {
  const claims = articles.reduce((n, a) => n + a.claims.length, 0);
  const speakers = speakerGroups(articles).map((g) => ({ name: g.name, claims: g.claims, articles: g.byArticle.size, quotedWords: g.quotedWords }));
  const quotes = articles.flatMap((a) => a.claims.flatMap((c, i) => quotedParts(c).map((text) => ({ file: a.file, line: a.lines[i] ?? 0, text }))));
  return {
    articles: articles.length, claims, sourceKinds: countClaims(articles, (c) => c.sourceKind), types: countClaims(articles, (c) => c.type),
    speakers, repeated: repeatedQuotes(quotes),
  };
}
