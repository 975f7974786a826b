import { NAMED } from '../corpus/figures';
import { type AttributionFigures, UNNAMED_KINDS } from '../corpus/attribution';
import type { Bar, Chart } from './chart';

/**
 * The attribution report's charts from its figures (corpus/attribution.ts):
 * each a few bars a person reads at a glance, each bar with its figures in
 * words and, where the Claims view can show them, the filter a click runs.
 */

export interface ChartOptions {
  /** The whole workspace (speakers across articles, the articles most reliant on unnamed sources), or one article. */
  workspace: boolean;
  /** Words a reader sees for source kinds and claim types (the extension's labels.ts). */
  sourceKindLabel: Readonly<Record<string, string>>;
  typeLabel: Readonly<Record<string, string>>;
  /** The rating scale, in its order (claimLens.verdicts.scale). */
  scale: readonly string[];
  /** How an article is named (its path in the workspace). */
  fileLabel: (file: string) => string;
  /** How many speakers and articles a chart lists. */
  top?: number;
}

const TOP = 10;
const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const percent = (share: number) => `${(100 * share).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`;
const byCount = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** A bar counting claims, with its share of all of them. */
function claimBar(key: string, label: string, n: number, total: number, filter: Bar['filter']): Bar {
  const share = total ? n / total : 0;
  return { key, label, value: n, share, text: `${plural(n, 'claim')}, ${percent(share)}`, filter };
}

export function reportCharts(f: AttributionFigures, o: ChartOptions): Chart[] {
  const top = o.top ?? TOP;
  const kind = (k: string) => o.sourceKindLabel[k] ?? k;
  const sum = (kinds: Iterable<string>) => [...kinds].reduce((n, k) => n + (f.sourceKinds[k] ?? 0), 0);
  const unnamed = sum(UNNAMED_KINDS);
  const named = sum(NAMED);
  const rest = f.claims - unnamed - named;
  const charts: Chart[] = [
    {
      id: 'sourceKinds', title: 'Claims by source kind', unit: 'claims',
      bars: byCount(f.sourceKinds).map(([k, n]) => claimBar(k, kind(k), n, f.claims, { kind: 'sourceKind', values: [k] })),
    },
    {
      id: 'unnamed', title: f.claims ? `Unnamed sources: ${percent(unnamed / f.claims)} of claims` : 'Unnamed sources', unit: 'claims',
      bars: [
        ...UNNAMED_KINDS.map((k) => claimBar(k, kind(k), f.sourceKinds[k] ?? 0, f.claims, { kind: 'sourceKind', values: [k] })),
        claimBar('named', 'named sources', named, f.claims, { kind: 'sourceKind', values: [...NAMED] }),
        ...(rest ? [claimBar('other', 'unresolved or none', rest, f.claims, { kind: 'sourceKind', values: Object.keys(f.sourceKinds).filter((k) => !NAMED.has(k) && !(UNNAMED_KINDS as readonly string[]).includes(k)) })] : []),
      ],
    },
    {
      id: 'types', title: 'Claims by type', unit: 'claims',
      bars: byCount(f.types).map(([t, n]) => claimBar(t, o.typeLabel[t] ?? t, n, f.claims, { kind: 'type', values: [t] })),
    },
    {
      id: 'statementsPositions', title: 'Statements and positions', unit: 'claims',
      bars: ['statement', 'position'].map((t) => claimBar(t, `${o.typeLabel[t] ?? t}s`, f.types[t] ?? 0, (f.types.statement ?? 0) + (f.types.position ?? 0), { kind: 'type', values: [t] })),
    },
    {
      id: 'speakersByClaims', title: 'Speakers with the most claims', unit: 'claims',
      bars: f.speakers.slice(0, top).map((s, i) => ({
        key: `${i}:${s.name}`, label: s.name, value: s.claims,
        text: o.workspace ? `${plural(s.claims, 'claim')} in ${plural(s.articles, 'article')}` : plural(s.claims, 'claim'),
        filter: { kind: 'speaker', values: s.names },
      })),
    },
    {
      id: 'speakersByWords', title: 'Speakers quoted at the most length', unit: 'quoted words',
      bars: f.speakers.filter((s) => s.quotedWords > 0).sort((a, b) => b.quotedWords - a.quotedWords || a.name.localeCompare(b.name)).slice(0, top)
        .map((s, i) => ({ key: `${i}:${s.name}`, label: s.name, value: s.quotedWords, text: plural(s.quotedWords, 'quoted word'), filter: { kind: 'speaker', values: s.names } })),
    },
    {
      id: 'ratings', title: 'Verdicts by rating', unit: 'claims',
      bars: [...o.scale.filter((r) => f.ratings[r]), ...byCount(f.ratings).map(([r]) => r).filter((r) => !o.scale.includes(r))]
        .map((r) => claimBar(r, r, f.ratings[r], f.claims, { kind: 'rating', values: [r] })),
    },
  ];
  if (o.workspace) {
    charts.push({
      id: 'reliance', title: 'Articles most reliant on unnamed sources', unit: '% of claims unnamed', max: 100,
      bars: f.reliance.filter((a) => a.unnamed > 0).slice(0, top).map((a) => ({
        key: a.file, label: o.fileLabel(a.file), value: Math.round((100 * a.unnamed) / a.claims), share: a.unnamed / a.claims,
        text: `${a.unnamed} of ${plural(a.claims, 'claim')}, ${percent(a.unnamed / a.claims)}`, filter: { kind: 'article', file: a.file },
      })),
    });
  }
  return charts;
}
