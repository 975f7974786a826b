import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Claim, offsetMap } from '../../engine/index';
import { loadEngine } from '../../hosts/node/loadEngine';
import { comparedTexts } from '../../review/corpus/elsewhere';
import { jaccard, MIN_WORDS, NEAR, quoteSimilarity, quoteWords } from '../../review/corpus/repeated';
import { arg } from '../args';
import { readTable, type Row } from './goldTables';
import { Score } from './metrics';

/**
 * "Said elsewhere" (src/review/corpus/elsewhere.ts, the same words and
 * shingles as repeatedQuotes) measured on gold/train-quote-pairs.tsv: pairs
 * of attributed content spans from two PolNeAR train articles, labelled the
 * same utterance of the same speaker or not (gold/README.md says how they
 * were chosen and labelled).
 *   npm run eval:elsewhere -- [--corpus DIR] [--gold FILE]
 * Two measures at each threshold: the matcher on the labelled spans' own
 * text (what the threshold decides), and the extension's feature from end to
 * end (the engine's claims over each span, compared as the hover and the
 * tree compare them).
 */
const corpus = join(arg('--corpus', '../shared/corpora/polnear'), 'train', 'text');
const gold = arg('--gold', join('gold', 'train-quote-pairs.tsv'));
if (!existsSync(gold)) {
  console.log(`${gold}: no such file (the labelled pairs); nothing to measure`);
  process.exit(2);
}
const rows = readTable(gold);
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

const texts = new Map<string, string>();
const textOf = (doc: string) => {
  let t = texts.get(doc);
  if (t === undefined) texts.set(doc, (t = readFileSync(join(corpus, `${doc}.txt`), 'utf8')));
  return t;
};
/** A gold span (code points) in UTF-16 offsets, and its text. */
function span(doc: string, start: string, end: string): { start: number; end: number; text: string } {
  const text = textOf(doc);
  const map = offsetMap(text);
  const [s, e] = [map.toUtf16(Number(start)), map.toUtf16(Number(end))];
  return { start: s, end: e, text: text.slice(s, e) };
}

const engine = loadEngine();
const claims = new Map<string, Claim[]>();
const claimsOf = (doc: string) => {
  let c = claims.get(doc);
  if (!c) claims.set(doc, (c = engine.analyze(textOf(doc)).claims));
  return c;
};
/** The texts "said elsewhere" compares for a gold span: those of the engine's claims whose content overlaps it (comparedTexts: quoted parts, else the content). */
function quotesOver(doc: string, s: { start: number; end: number }): string[] {
  return claimsOf(doc).filter((c) => c.content.some((p) => p.start < s.end && s.start < p.end)).flatMap(comparedTexts);
}

/**
 * Each pair's weight in the population it was drawn from: the pairs were
 * sampled by stratum of similarity (gold/train-quote-pairs-strata.tsv: the
 * stratum's pool of candidate pairs and how many were sampled from it), so a
 * low-similarity pair stands for many more pairs of the corpus than a high one.
 */
const strata = readTable(arg('--strata', join('gold', 'train-quote-pairs-strata.tsv')));
const weight = (i: number) => (strata[i] ? Number(strata[i].pool) / Number(strata[i].sampled) : 1);

interface Pair { row: Row; n: number; same: boolean; spans: number; quotes: number; words: [number, number]; shingles3: number; weight: number }
const pairs: Pair[] = rows.map((row, i) => {
  const a = span(row.document_a, row.start_a, row.end_a);
  const b = span(row.document_b, row.start_b, row.end_b);
  const [qa, qb] = [quotesOver(row.document_a, a), quotesOver(row.document_b, b)];
  const quotes = Math.max(0, ...qa.flatMap((x) => qb.map((y) => quoteSimilarity(x, y))));
  const [wa, wb] = [quoteWords(a.text), quoteWords(b.text)];
  const tri = (w: string[]) => new Set(w.map((_, k) => w.slice(k, k + 3).join(' ')).filter((_, k) => k + 3 <= w.length));
  return { row, n: i + 1, same: row.same === 'yes', spans: quoteSimilarity(a.text, b.text), quotes, words: [wa.length, wb.length], shingles3: jaccard(tri(wa), tri(wb)), weight: weight(i) };
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
/** Precision and recall at a threshold: of the sample as it is, and weighted to the population of candidate pairs. */
function score(similarity: (p: Pair) => number, t: number, weighted: boolean): Score {
  const s = new Score();
  for (const p of pairs) {
    const said = similarity(p) >= t;
    const w = weighted ? p.weight : 1;
    if (said) s.predicted += w;
    if (p.same) s.gold += w;
    if (said && p.same) s.tp += w;
  }
  return s;
}
function table(title: string, similarity: (p: Pair) => number): void {
  console.log(`\n${title}`);
  console.log('threshold  precision  recall     F1   said same     weighted to the candidate pairs: precision  recall');
  for (const t of [...new Set([...THRESHOLDS, NEAR])].sort((x, y) => x - y)) {
    const s = score(similarity, t, false);
    const w = score(similarity, t, true);
    console.log(`${t.toFixed(2).padStart(9)}${t === NEAR ? '*' : ' '} ${pct(s.p).padStart(9)} ${pct(s.r).padStart(7)} ${pct(s.f1)} ${String(s.predicted).padStart(5)} (${String(s.tp).padStart(2)} right)${' '.repeat(31)}${pct(w.p)} ${pct(w.r).padStart(7)}`);
  }
}

const yes = pairs.filter((p) => p.same).length;
console.log(`## Said elsewhere: ${pairs.length} labelled pairs of PolNeAR train content spans (${yes} the same utterance), ${gold}`);
console.log(`Similarity: 1 for the same words (case, quotation marks and punctuation folded), else the Jaccard similarity of the two quotes' sets of 5-word shingles; quotes under ${MIN_WORDS} words are never matched. * marks the threshold in use (NEAR).`);
console.log(`The pairs were sampled by stratum of similarity (${strata.length ? 'gold/train-quote-pairs-strata.tsv' : 'no strata file: weights 1'}): the weighted columns estimate precision and recall over the ${Math.round(pairs.reduce((n, p) => n + p.weight, 0)).toLocaleString('en')} candidate pairs they stand for.`);
table('The matcher on the labelled spans\' text:', (p) => p.spans);
table(`End to end, as the hover and the tree find them (the engine's claims over each span, by their quoted parts or else their content; ${pairs.filter((p) => p.same && p.quotes > 0).length} of the ${yes} same pairs have anything alike at all):`, (p) => p.quotes);
table('For comparison, Jaccard of 3-word shingles on the spans (not used):', (p) => p.shingles3);
console.log(`\nErrors of the matcher on the spans at ${NEAR} (pair number, label and notes, similarity, words):`);
for (const p of pairs) {
  const said = p.spans >= NEAR;
  if (said !== p.same) console.log(`  P${String(p.n).padStart(3, '0')} ${said ? 'said same, is not' : 'missed'}: ${p.row.same} ${p.row.note}  similarity ${p.spans.toFixed(2)}  words ${p.words.join('/')}`);
}
console.log(`\nErrors end to end at ${NEAR} (pair number, label and notes, best similarity of their claims' texts; 0 where a side has no claim over the span):`);
for (const p of pairs) {
  const said = p.quotes >= NEAR;
  if (said !== p.same) console.log(`  P${String(p.n).padStart(3, '0')} ${said ? 'said same, is not' : 'missed'}: ${p.row.same} ${p.row.note}  similarity ${p.quotes.toFixed(2)}`);
}
