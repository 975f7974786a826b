import type { BratAttribution } from '../../review/brat';
import type { Span } from '../../engine/index';

/** True/false positive counts with precision, recall and F1. */
export class Score {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(o: Score): void { this.tp += o.tp; this.predicted += o.predicted; this.gold += o.gold; }
  get p(): number { return this.predicted ? this.tp / this.predicted : 0; }
  get r(): number { return this.gold ? this.tp / this.gold : 0; }
  get f1(): number { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}

export const ATTRIBUTION_METRICS = [
  'cue exact', 'cue overlap', 'source exact', 'source overlap', 'content exact', 'content overlap', 'full overlap',
] as const;
export const SPAN_ROLES = ['source', 'cue', 'content'] as const;
export type Scores = Record<(typeof ATTRIBUTION_METRICS)[number] | `span ${(typeof SPAN_ROLES)[number]}`, Score>;

export function emptyScores(): Scores {
  const s = {} as Scores;
  for (const m of ATTRIBUTION_METRICS) s[m] = new Score();
  for (const r of SPAN_ROLES) s[`span ${r}`] = new Score();
  return s;
}

/** Fragments trimmed of white space, touching fragments merged, sorted. */
export function normalize(text: string, spans: Span[]): Span[] {
  const trimmed = spans
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of trimmed) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function overlap(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

export function same(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every((x, i) => x.start === b[i].start && x.end === b[i].end);
}

export interface Pair { gold: number; pred: number }

/** Pairs gold and predicted attributions one-to-one by cue overlap, largest first. */
export function pairByCue(gold: BratAttribution[], pred: BratAttribution[]): Pair[] {
  const candidates: { gold: number; pred: number; o: number }[] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const o = overlap(g.cue, p.cue);
    if (o > 0) candidates.push({ gold: i, pred: j, o });
  }));
  candidates.sort((a, b) => b.o - a.o || a.gold - b.gold || a.pred - b.pred);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.gold) || usedP.has(c.pred)) continue;
    usedG.add(c.gold);
    usedP.add(c.pred);
    pairs.push({ gold: c.gold, pred: c.pred });
  }
  return pairs;
}

/** Scores one document; `fullMatch[i]` tells whether gold attribution i got a full-overlap match, `predMatch[j]` whether prediction j is one. */
export function scoreDocument(text: string, goldRaw: BratAttribution[], predRaw: BratAttribution[]): { scores: Scores; fullMatch: boolean[]; predMatch: boolean[] } {
  const norm = (a: BratAttribution): BratAttribution => ({
    source: normalize(text, a.source), cue: normalize(text, a.cue), content: normalize(text, a.content),
  });
  const gold = goldRaw.map(norm);
  const pred = predRaw.map(norm);
  const s = emptyScores();
  const count = (m: keyof Scores, has: (a: BratAttribution) => boolean) => {
    s[m].gold += gold.filter(has).length;
    s[m].predicted += pred.filter(has).length;
  };
  const all = () => true;
  count('cue exact', all); count('cue overlap', all); count('full overlap', all);
  count('source exact', (a) => a.source.length > 0); count('source overlap', (a) => a.source.length > 0);
  count('content exact', (a) => a.content.length > 0); count('content overlap', (a) => a.content.length > 0);
  const fullMatch = gold.map(() => false);
  const predMatch = pred.map(() => false);
  for (const { gold: gi, pred: pi } of pairByCue(gold, pred)) {
    const g = gold[gi];
    const p = pred[pi];
    s['cue overlap'].tp++;
    if (same(g.cue, p.cue)) s['cue exact'].tp++;
    const srcOverlap = g.source.length > 0 && p.source.length > 0 && overlap(g.source, p.source) > 0;
    if (srcOverlap) s['source overlap'].tp++;
    if (g.source.length > 0 && same(g.source, p.source)) s['source exact'].tp++;
    const conOverlap = g.content.length > 0 && p.content.length > 0 && overlap(g.content, p.content) > 0;
    if (conOverlap) s['content overlap'].tp++;
    if (g.content.length > 0 && same(g.content, p.content)) s['content exact'].tp++;
    const srcOk = srcOverlap || (g.source.length === 0 && p.source.length === 0);
    if (srcOk && conOverlap) { s['full overlap'].tp++; fullMatch[gi] = true; predMatch[pi] = true; }
  }
  for (const role of SPAN_ROLES) {
    const key = (x: Span) => `${x.start}:${x.end}`;
    const gs = new Set(gold.flatMap((a) => a[role].map(key)));
    const ps = new Set(pred.flatMap((a) => a[role].map(key)));
    const sc = s[`span ${role}`];
    sc.gold += gs.size;
    sc.predicted += ps.size;
    for (const k of ps) if (gs.has(k)) sc.tp++;
  }
  return { scores: s, fullMatch, predMatch };
}
