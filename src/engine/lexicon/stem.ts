import { IRREGULAR } from './verbForms';

/**
 * A cheap stem for a lower-cased word that groups inflections: "says", "said",
 * "saying" → "say"; "announced", "announces" → "announc". Not a dictionary form.
 */
export function stem(word: string): string {
  const irr = IRREGULAR[word];
  if (irr) return irr;
  if (word.length <= 3) return word;
  const s = strip(word);
  return s.length > 3 && s.endsWith('e') && !s.endsWith('ee') ? s.slice(0, -1) : s;
}

function strip(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

function undouble(stem: string): string {
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1])) return stem.slice(0, -1);
  return stem;
}
