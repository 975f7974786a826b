import { join } from 'node:path';
import { speakerOf } from '../../engine/index';
import { loadEngine } from '../../hosts/node/loadEngine';
import { personName } from '../../review/corpus/speakerNames';
import { mergeSpeakers } from '../../review/corpus/speakers';
import { arg, flag } from '../args';
import { readCorpus } from '../corpus';
import { readTable } from './goldTables';

/**
 * Speaker merging across articles (src/review/corpus/speakers.ts), measured
 * on gold/train-speaker-pairs.tsv: pairs of speaker names the engine gives in
 * two different PolNeAR train documents, labelled same person or not by
 * reading the documents (gold/README.md says how the pairs were chosen).
 *   npm run eval:merge -- [--corpus DIR] [--gold FILE]   precision and recall of merging
 *   npm run eval:merge -- --pairs                         the candidate pairs, by the stated rule (to label)
 */
const corpus = arg('--corpus', '../shared/corpora/polnear');
const docs = readCorpus(join(corpus, 'train'));
const engine = loadEngine();
/** Each document's person speakers as the engine names them (sourceKind person). */
const names = docs.map((d) => engine.analyze(d.text).claims.filter((c) => c.sourceKind === 'person').map((c) => speakerOf(c)!).filter(Boolean));
const index = new Map(docs.map((d, i) => [d.name, i]));

/** A seeded generator (mulberry32), so the pairs are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pairs(): string[] {
  const rand = random(14);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const docsOf = new Map<string, number[]>();
  names.forEach((list, i) => {
    for (const n of new Set(list)) if (personName(n)) docsOf.set(n, [...(docsOf.get(n) ?? []), i]);
  });
  const bySurname = new Map<string, string[]>();
  for (const n of [...docsOf.keys()].sort()) {
    const p = personName(n)!;
    bySurname.set(p.last, [...(bySurname.get(p.last) ?? []), n]);
  }
  const out: string[] = [];
  const add = (a: string, b: string) => {
    const da = docsOf.get(a)!;
    const x = pick(da);
    const others = docsOf.get(b)!.filter((d) => d !== x);
    if (others.length) out.push([docs[x].name, a, docs[pick(others)].name, b].join('\t'));
  };
  // 1. Every pair of distinct names sharing a surname where the merge has a choice to make (the same first name, or a bare surname on
  //    either side), and a sample of 60 pairs with two different first names (which it never merges).
  const choice: [string, string][] = [];
  const apart: [string, string][] = [];
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [personName(group[i])!, personName(group[j])!];
      (!a.first || !b.first || a.first === b.first ? choice : apart).push([group[i], group[j]]);
    }
  }
  while (apart.length > 60) apart.splice(Math.floor(rand() * apart.length), 1);
  for (const [a, b] of [...choice, ...apart]) add(a, b);
  // 2. A bare surname in two documents (the same string: is it the same person?).
  for (const [n, ds] of docsOf) if (!personName(n)!.first && ds.length >= 2 && (bySurname.get(personName(n)!.last)?.length ?? 0) >= 2) add(n, n);
  // 3. Twenty full names of different surnames (a merge there is always wrong).
  const full = [...docsOf.keys()].filter((n) => personName(n)!.first).sort();
  for (let k = 0; k < 20; k++) {
    const [a, b] = [pick(full), pick(full)];
    if (personName(a)!.last !== personName(b)!.last) add(a, b);
  }
  // 4. A sample of 130 of them all, in their order: as many as could be labelled by reading both documents.
  const keep = new Set<number>();
  while (keep.size < Math.min(130, out.length)) keep.add(Math.floor(rand() * out.length));
  return out.filter((_, i) => keep.has(i));
}

if (flag('--pairs')) {
  console.log(['document_a', 'name_a', 'document_b', 'name_b'].join('\t'));
  for (const p of pairs()) console.log(p);
} else {
  const merge = mergeSpeakers(names.map((list) => ({ names: list.map((name) => ({ name, person: true })) })));
  const rows = readTable(arg('--gold', join('gold', 'train-speaker-pairs.tsv')));
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  const score = (title: string, list: typeof rows, listErrors: boolean) => {
    let tp = 0, fp = 0, fn = 0;
    const wrong: string[] = [];
    for (const r of list) {
      const [a, b] = [index.get(r.document_a), index.get(r.document_b)];
      if (a === undefined || b === undefined) throw new Error(`${r.document_a} or ${r.document_b} is not a train document`);
      const merged = merge.keyOf(a, r.name_a, true) === merge.keyOf(b, r.name_b, true);
      const same = r.same === 'yes';
      if (merged && same) tp++;
      else if (merged) fp++;
      else if (same) fn++;
      if (merged !== same) wrong.push(`  ${merged ? 'merged, not one person' : 'apart, one person'}: ${r.name_a} (${r.person_a}; ${r.document_a}) / ${r.name_b} (${r.person_b}; ${r.document_b})`);
    }
    console.log(`${title}: precision ${pct(tp, tp + fp)} (${tp}/${tp + fp} merged pairs are one person), recall ${pct(tp, tp + fn)} (${tp}/${tp + fn} same-person pairs merged)`);
    if (listErrors) for (const w of wrong) console.log(w);
  };
  const people = rows.filter((r) => r.person_a !== '-' && r.person_b !== '-');
  console.log(`\n## Speaker merging across articles: ${rows.length} labelled pairs of PolNeAR train names (${rows.filter((r) => r.same === 'yes').length} one person), ${people.length} of two people`);
  score('every pair', rows, false);
  score('pairs of two people (the engine also names non-people as person sources: "Republican", "State")', people, false);
  console.log('errors:');
  score('  ', rows, true);
}
