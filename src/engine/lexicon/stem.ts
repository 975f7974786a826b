/** Base forms of irregular verbs common in reporting. */
export const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', knew: 'know',
  known: 'know', saw: 'see', seen: 'see', took: 'take', gave: 'give', given: 'give', found: 'find', made: 'make',
  felt: 'feel', held: 'hold', spoke: 'speak', spoken: 'speak', taught: 'teach', heard: 'hear', meant: 'mean',
  read: 'read', led: 'lead', became: 'become', began: 'begin', begun: 'begin', went: 'go', gone: 'go',
  got: 'get', brought: 'bring', sought: 'seek', swore: 'swear', sworn: 'swear', forecast: 'forecast',
  put: 'put', set: 'set', left: 'leave', kept: 'keep', stood: 'stand', understood: 'understand',
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', am: 'be', has: 'have', had: 'have', does: 'do', did: 'do',
  done: 'do', argues: 'argue', argued: 'argue', arguing: 'argue', believes: 'believe', believed: 'believe',
  believing: 'believe', noted: 'note', notes: 'note', noting: 'note', denies: 'deny', denied: 'deny',
  claims: 'claim', claimed: 'claim', claiming: 'claim', quoted: 'quote', quoting: 'quote', quotes: 'quote',
};

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
