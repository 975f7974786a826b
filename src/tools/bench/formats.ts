import { inSlices, type Engine } from '../../engine/index';
import { type Format, mapAnalysis, ProseConverter } from '../../formats/index';
import { asHtml, asMarkdown } from './markup';

const ms = (t0: number) => performance.now() - t0;
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A document analysed as the extension does: converted in slices, analysed in slices, claims mapped back. */
async function asTheStoreDoes(engine: Engine, text: string, format: Format): Promise<{ ms: number; longest: number; claims: number; convertMs: number }> {
  const converter = new ProseConverter(format);
  const analyzer = engine.createAnalyzer();
  const slices: number[] = [];
  const onSlice = (d: number) => slices.push(d);
  const t0 = performance.now();
  const prose = (await inSlices(converter.convertSteps(text), { sliceMs: 20, onSlice }))!;
  const convertMs = ms(t0);
  const analysis = (await analyzer.analyzeInSlices(prose.prose, { sliceMs: 20, onSlice }))!;
  const t1 = performance.now();
  const claims = mapAnalysis(analysis, prose.map).claims.length;
  slices.push(ms(t1));
  return { ms: ms(t0), longest: Math.max(...slices), claims, convertMs };
}

/**
 * npm run bench's Markdown and HTML figures: a 1 MB article of PolNeAR
 * train text as Markdown and as a web page (markup added by markup.ts),
 * against the same text plain; and random single-character edits of the
 * 10k-word article in both (an edit lands in a link's address, a tag, an
 * entity as often as in prose), each converted and re-analysed.
 */
export async function benchFormats(engine: Engine, article: string, big: string, rounds: number, edit: (text: string, random: () => number) => string, rng: (seed: number) => () => number): Promise<void> {
  const docs = { text: big, markdown: asMarkdown(big), html: asHtml(big) };
  console.log(`\n## Markdown and HTML: the 1 MB text as Markdown (${(docs.markdown.length / 1e6).toFixed(2)} MB) and as a web page (${(docs.html.length / 1e6).toFixed(2)} MB), converted and analysed as the extension does (one thread, slices of 20 ms), ${rounds} rounds`);
  const medians: Record<string, number> = {};
  for (const format of ['text', 'markdown', 'html'] as const) {
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await asTheStoreDoes(engine, docs[format], format));
    medians[format] = percentile(runs.map((x) => x.ms), 50);
    const ratio = format === 'text' ? '' : ` = ${(medians[format] / medians.text).toFixed(2)}× plain text (target ≤ 1.5×)`;
    console.log(`${format.padEnd(9)} total median ${medians[format].toFixed(0)} ms (runs: ${runs.map((x) => x.ms.toFixed(0)).join(', ')})${ratio}; conversion ${percentile(runs.map((x) => x.convertMs), 50).toFixed(0)} ms; longest slice ${Math.max(...runs.map((x) => x.longest)).toFixed(0)} ms (target ≤ 50 ms); ${runs[0].claims.toLocaleString()} claims`);
  }
  for (const format of ['markdown', 'html'] as const) {
    let text = format === 'markdown' ? asMarkdown(article) : asHtml(article);
    const converter = new ProseConverter(format);
    const analyzer = engine.createAnalyzer();
    const first = converter.convert(text);
    mapAnalysis(analyzer.analyze(first.prose), first.map);
    const times: number[] = [];
    for (const [seed, n, keep] of [[7, 50, false], [42, 200, true]] as const) {
      const random = rng(seed);
      for (let i = 0; i < n; i++) {
        text = edit(text, random);
        const t1 = performance.now();
        const prose = converter.convert(text);
        mapAnalysis(analyzer.analyze(prose.prose), prose.map);
        if (keep) times.push(ms(t1));
      }
    }
    console.log(`${format} edits: ${text.length.toLocaleString()} characters (the 10k-word article), 200 single-character edits at random positions after 50 others, each converted, re-analysed and mapped: p50 ${percentile(times, 50).toFixed(1)} ms · p95 ${percentile(times, 95).toFixed(1)} ms · max ${Math.max(...times).toFixed(1)} ms (target p95 ≤ 5 ms)`);
  }
}
