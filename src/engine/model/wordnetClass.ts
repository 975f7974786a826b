import { IRREGULAR } from '../lexicon/verbForms';

/**
 * WordNet classes of words (built by src/tools/train/wordnet.ts and shipped in the
 * cue model's header): lemma → code, see wordnetClasses() for the bits.
 */
export type WordnetTable = Record<string, number>;

/** WordNet's detachment rules (morphy) for inflected verbs and nouns, most specific first. */
const RULES: [string, string][] = [
  ['ies', 'y'], ['ied', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['sses', 'ss'], ['xes', 'x'], ['zes', 'z'],
  ['ing', 'e'], ['ing', ''], ['ed', 'e'], ['ed', ''], ['es', 'e'], ['es', ''], ['s', ''], ['men', 'man'],
];

const memos = new WeakMap<WordnetTable, Map<string, number>>();

/** The code of a lower-cased word: of itself, of its irregular base, or of a base by morphy's rules (0 if none). */
export function wordnetCode(table: WordnetTable, lower: string): number {
  let memo = memos.get(table);
  if (!memo) memos.set(table, (memo = new Map()));
  let code = memo.get(lower);
  if (code === undefined) {
    code = lookup(table, lower);
    if (memo.size >= 50_000) memo.clear();
    memo.set(lower, code);
  }
  return code;
}

function lookup(table: WordnetTable, word: string): number {
  const direct = table[word];
  if (direct !== undefined) return direct;
  const irregular = IRREGULAR[word];
  if (irregular && table[irregular] !== undefined) return table[irregular];
  for (const [suffix, base] of RULES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stemmed = word.slice(0, -suffix.length) + base;
    if (table[stemmed] !== undefined) return table[stemmed];
    // "stopped" → "stop": a doubled final consonant.
    const n = stemmed.length;
    if (base === '' && n > 2 && stemmed[n - 1] === stemmed[n - 2] && table[stemmed.slice(0, -1)] !== undefined) return table[stemmed.slice(0, -1)];
  }
  return 0;
}
