import type { Claim } from '../../engine/index';
import type { GoldDoc } from '../corpus';
import { byDocument, readTable } from './goldTables';
import { emptyTally, FORMS, scoreSpeakers, type SpeakerTally } from './speakerScore';
import { emptyTypeScores, scoreTypes } from './typeScore';
import { CLAIM_TYPES } from '../../engine/index';
import { claimToBrat } from '../../review/brat';
import { scoreDocument } from './metrics';
import { reliability } from './reliability';

const pct = (n: number, d: number) => (d ? (100 * n / d).toFixed(1) : '–').padStart(5);

/** Speaker accuracy over the gold sources of a speakers table, by form, with the errors listed. */
export function speakerReport(title: string, tablePath: string, docs: GoldDoc[], claimsOf: (d: GoldDoc) => Claim[], listErrors: boolean): SpeakerTally | undefined {
  const rows = byDocument(readTable(tablePath));
  if (rows.size === 0) return undefined;
  const tally = emptyTally();
  let documents = 0;
  for (const d of docs) {
    const mine = rows.get(d.name) ?? (docs.length === 1 && rows.size === 1 ? [...rows.values()][0] : undefined);
    if (!mine) continue;
    documents++;
    scoreSpeakers(d.name, d.text, claimsOf(d), mine, tally);
  }
  const forms = [...FORMS, ...Object.keys(tally.found).filter((f) => !(FORMS as readonly string[]).includes(f))];
  const found = forms.reduce((n, f) => n + (tally.found[f] ?? 0), 0);
  const right = forms.reduce((n, f) => n + (tally.right[f] ?? 0), 0);
  console.log(`\n## Speakers, ${title}: ${documents} documents, ${tally.gold} gold sources, ${found} found by a predicted source`);
  console.log(`${'form'.padEnd(14)} accuracy   right / found`);
  for (const f of forms) if (tally.found[f]) console.log(`${f.padEnd(14)} ${pct(tally.right[f] ?? 0, tally.found[f])}   ${String(tally.right[f] ?? 0).padStart(5)} / ${tally.found[f]}`);
  console.log(`${'all'.padEnd(14)} ${pct(right, found)}   ${String(right).padStart(5)} / ${found}   (target ≥ 95.0)`);
  if (listErrors && tally.errors.length) {
    console.log(`\nspeaker errors (${tally.errors.length}): form · source as written → predicted (expected)`);
    for (const e of tally.errors) console.log(`  ${e.form.padEnd(11)} ${JSON.stringify(e.written)} → ${JSON.stringify(e.predicted)} (${e.expected})  ${e.document}`);
  }
  return tally;
}

/** Precision and recall per claim type over the documents of a types table, with the confusion counts. */
export function typeReport(tablePath: string, docs: GoldDoc[], claimsOf: (d: GoldDoc) => Claim[]): void {
  const rows = byDocument(readTable(tablePath));
  if (rows.size === 0) return;
  const s = emptyTypeScores();
  let documents = 0;
  for (const d of docs) {
    const mine = rows.get(d.name);
    if (!mine) continue;
    documents++;
    scoreTypes(d, claimsOf(d), mine, s);
  }
  console.log(`\n## Claim types: ${documents} documents of ${tablePath}`);
  console.log(`${'type'.padEnd(10)}     P     R       TP   pred   gold`);
  for (const t of CLAIM_TYPES) {
    const x = s[t];
    console.log(`${t.padEnd(10)} ${pct(x.tp, x.predicted)} ${pct(x.tp, x.gold)}   ${String(x.tp).padStart(6)} ${String(x.predicted).padStart(6)} ${String(x.gold).padStart(6)}`);
  }
  console.log('(target: statement P ≥ 90.0 at R ≥ 90.0; a predicted claim paired with no gold attribution counts as wrong)');
  // The same with the claims below a confidence left out (claimLens.confidence.minimum).
  const line: string[] = [];
  for (const min of [0.3, 0.5, 0.7]) {
    const t = emptyTypeScores();
    for (const d of docs) {
      const mine = rows.get(d.name);
      if (mine) scoreTypes(d, claimsOf(d).filter((c) => c.confidence >= min), mine, t);
    }
    line.push(`≥ ${min.toFixed(1)}: P ${pct(t.statement.tp, t.statement.predicted).trim()} R ${pct(t.statement.tp, t.statement.gold).trim()}`);
  }
  console.log(`statements with confidence ${line.join(' · ')}`);
  console.log('gold → predicted type, for claims paired by cue overlap ("none": no gold attribution):');
  for (const [k, n] of [...s.confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(24)} ${n}`);
}

/** The reliability of the claims' confidence: ten bins, expected calibration error, precision of the most and least confident halves. */
export function confidenceReport(docs: GoldDoc[], claimsOf: (d: GoldDoc) => Claim[]): void {
  const items: { p: number; correct: boolean }[] = [];
  for (const d of docs) {
    const claims = claimsOf(d);
    const { predMatch } = scoreDocument(d.text, d.gold, claims.map(claimToBrat));
    claims.forEach((c, i) => items.push({ p: c.confidence, correct: predMatch[i] }));
  }
  const r = reliability(items);
  console.log(`\n## Confidence: ${items.length} claims (right = a full-overlap match)`);
  console.log('bin          claims  mean conf.  precision');
  for (const b of r.bins) console.log(`${b.from.toFixed(1)}–${b.to.toFixed(1)}   ${String(b.n).padStart(9)}  ${pct(b.meanConfidence * 100, 100)}      ${pct(b.accuracy * 100, 100)}`);
  console.log(`expected calibration error ${r.ece.toFixed(3)} (target ≤ 0.050)`);
  console.log(`precision of the most confident half ${pct(r.topHalf * 100, 100)}, of the least ${pct(r.bottomHalf * 100, 100)}: ${((r.topHalf - r.bottomHalf) * 100).toFixed(1)} points apart (target ≥ 15)`);
}
