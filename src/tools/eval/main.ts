import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../hosts/node/loadEngine';
import { claimToBrat as toBrat } from '../../review/brat';
import { readCorpus, GoldDoc } from '../corpus';
import { ATTRIBUTION_METRICS, emptyScores, Score, scoreDocument, Scores, SPAN_ROLES } from './metrics';
import { construction } from './construction';
import { arg } from '../args';
import { confidenceReport, speakerReport, typeReport } from './goldReports';
import type { Claim } from '../../engine/index';

/**
 * Scores the engine against brat gold: PolNeAR (a split) and the seed article.
 *   npm run eval -- [--corpus DIR] [--split dev|train] [--seed DIR] [--limit N] [--models DIR]
 */
/** Taggers from another models folder (for comparing a newly trained model), or the shipped ones. */
const engine = loadEngine(process.argv.includes('--models') ? arg('--models', '') : undefined);
const claimsByText = new Map<string, Claim[]>();
/** The claims of a text, analysed once however many reports read them. */
const run1 = (text: string) => {
  let claims = claimsByText.get(text);
  if (!claims) claimsByText.set(text, (claims = engine.analyze(text).claims));
  return { claims };
};
const claimsOf = (d: GoldDoc) => run1(d.text).claims;

interface DocResult { name: string; scores: Scores; gold: number }

function run(docs: GoldDoc[]) {
  const total = emptyScores();
  const perDoc: DocResult[] = [];
  const byConstruction = new Map<string, { gold: number; found: number }>();
  const t0 = performance.now();
  for (const d of docs) {
    const pred = run1(d.text).claims.map(toBrat);
    const { scores, fullMatch } = scoreDocument(d.text, d.gold, pred);
    for (const k of Object.keys(total) as (keyof Scores)[]) total[k].add(scores[k]);
    perDoc.push({ name: d.name, scores, gold: d.gold.length });
    d.gold.forEach((g, i) => {
      const c = construction(d.text, g);
      const e = byConstruction.get(c) ?? { gold: 0, found: 0 };
      e.gold++;
      if (fullMatch[i]) e.found++;
      byConstruction.set(c, e);
    });
  }
  return { total, perDoc, byConstruction, ms: performance.now() - t0 };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function row(name: string, s: Score): string {
  return `${name.padEnd(18)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}   ${String(s.tp).padStart(6)} ${String(s.predicted).padStart(6)} ${String(s.gold).padStart(6)}`;
}

function report(title: string, docs: GoldDoc[], details: boolean) {
  const { total, perDoc, byConstruction, ms } = run(docs);
  console.log(`\n## ${title}: ${docs.length} documents, ${perDoc.reduce((n, d) => n + d.gold, 0)} gold attributions, ${ms.toFixed(0)} ms`);
  console.log(`${'metric'.padEnd(18)}     P     R    F1       TP   pred   gold`);
  for (const m of ATTRIBUTION_METRICS) console.log(row(m, total[m]));
  for (const r of SPAN_ROLES) console.log(row(`span exact ${r}`, total[`span ${r}`]));
  if (!details) return total;
  console.log('\nfull-overlap recall by construction (gold):');
  for (const [c, e] of [...byConstruction].sort((a, b) => b[1].gold - a[1].gold)) {
    console.log(`  ${c.padEnd(26)} ${pct(e.found / e.gold)}  (${e.found}/${e.gold})`);
  }
  console.log('\nten worst documents (full-overlap F1):');
  for (const d of perDoc.filter((x) => x.gold > 0).sort((a, b) => a.scores['full overlap'].f1 - b.scores['full overlap'].f1).slice(0, 10)) {
    const f = d.scores['full overlap'];
    console.log(`  ${pct(f.f1)}  ${String(f.tp).padStart(3)}/${String(d.gold).padStart(3)} gold, ${String(f.predicted).padStart(3)} predicted  ${d.name}`);
  }
  return total;
}

const corpus = arg('--corpus', '../shared/corpora/polnear');
const split = arg('--split', 'dev');
const seedDir = arg('--seed', join(corpus, '..', 'seed'));
const limit = Number(arg('--limit', 'Infinity'));
const polnear = readCorpus(join(corpus, split), limit);
report(`PolNeAR ${split}`, polnear, true);
const goldDir = arg('--gold', 'gold');
speakerReport(`PolNeAR ${split}`, join(goldDir, `${split}-speakers.tsv`), polnear, claimsOf, true);
// Labelled after the speaker work, by an annotator who never saw the engine's output, and never looked at error by error: errors are not listed.
speakerReport(`PolNeAR ${split}, held-out documents`, join(goldDir, `${split}-speakers-heldout.tsv`), polnear, claimsOf, false);
// Labelled last, and used to choose nothing: the fairest figure.
speakerReport(`PolNeAR ${split}, test documents`, join(goldDir, `${split}-speakers-test.tsv`), polnear, claimsOf, false);
typeReport(join(goldDir, `${split}-types.tsv`), polnear, claimsOf);
confidenceReport(polnear, claimsOf);
const seedDocs = readCorpus(seedDir);
if (seedDocs.length) {
  const seed = report('Seed article', seedDocs, false);
  const full = seed['full overlap'];
  console.log(`\nseed: ${full.tp} of ${full.gold} gold attributions with full overlap (floor: ${full.gold - 2})`);
  const { fullMatch } = scoreDocument(seedDocs[0].text, seedDocs[0].gold, run1(seedDocs[0].text).claims.map(toBrat));
  seedDocs[0].gold.forEach((g, i) => {
    if (!fullMatch[i]) console.log(`  missed: ${seedDocs[0].text.slice(g.cue[0].start, g.cue[0].end)} @${g.cue[0].start} — ${g.source.map((s) => seedDocs[0].text.slice(s.start, s.end)).join(' ')}`);
  });
  const speakers = readdirSync(seedDir).find((f) => f.endsWith('.speakers.tsv'));
  if (speakers) speakerReport('seed article', join(seedDir, speakers), seedDocs.slice(0, 1), claimsOf, true);
}
