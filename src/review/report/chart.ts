/**
 * A bar chart as data, and where its bars go: what the attribution report's
 * webview draws (with the theme's colours) and what its SVG export writes
 * (svg.ts), from the same layout, so the two cannot disagree. No imports: the
 * webview's bundle holds this file and nothing of the engine.
 */

/** What a click on a bar shows in the Claims view: claims of these source kinds, types, ratings or speakers, or one article's unnamed sources. */
export type BarFilter =
  | { kind: 'sourceKind' | 'type' | 'rating' | 'speaker'; values: string[] }
  | { kind: 'article'; file: string };

export interface Bar {
  /** Unique within its chart: what a click from the webview names. */
  key: string;
  label: string;
  value: number;
  /** The figures in words ("12 claims, 40%"): shown beside the bar, read by screen readers. */
  text: string;
  /** A share of the whole (0–1), where the bar is one. */
  share?: number;
  filter?: BarFilter;
}

export interface Chart {
  id: string;
  title: string;
  /** What a bar's value counts ("claims", "quoted words", "% unnamed"): the data table's column. */
  unit: string;
  bars: Bar[];
  /** The value a full-width bar stands for (100 for percentages); else the largest bar. */
  max?: number;
}

/** The geometry of a chart, in SVG user units. */
export const GEOMETRY = { width: 640, label: 210, value: 150, row: 26, bar: 18, title: 32, gap: 6 } as const;

export interface BarBox {
  bar: Bar;
  /** The label as drawn (one line, shortened); the full label goes in its title. */
  label: string;
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  rows: BarBox[];
  /** Where the bars start, and where their text does. */
  barX: number;
  barSpan: number;
}

/** A label on one line: control characters and runs of space made one space, then cut at `max` characters with an ellipsis. */
export function oneLine(s: string, max = 30): string {
  // eslint-disable-next-line no-control-regex
  const flat = [...s.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ').trim()];
  return flat.length > max ? `${flat.slice(0, max - 1).join('').trimEnd()}…` : flat.join('');
}

export function layoutChart(chart: Chart): ChartLayout {
  const barX = GEOMETRY.label + GEOMETRY.gap;
  const barSpan = GEOMETRY.width - barX - GEOMETRY.value;
  const max = chart.max ?? Math.max(0, ...chart.bars.map((b) => b.value));
  const rows = chart.bars.map((bar, i) => ({
    bar,
    label: oneLine(bar.label),
    y: GEOMETRY.title + i * GEOMETRY.row,
    // A bar of any value above nothing is at least a sliver, so it can be seen and clicked.
    width: max > 0 && bar.value > 0 ? Math.max(2, Math.round((barSpan * Math.min(bar.value, max)) / max)) : 0,
  }));
  return { width: GEOMETRY.width, height: GEOMETRY.title + Math.max(1, rows.length) * GEOMETRY.row + GEOMETRY.gap, rows, barX, barSpan };
}
