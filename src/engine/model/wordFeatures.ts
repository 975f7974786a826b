import type { Doc } from '../text/document';
import { str } from './featureHash';
import { cueLexiconKind } from './cueLexicon';
import { stem } from '../lexicon/stem';
import type { Token } from '../text/tokenize';
import type { WordHashes } from './wordHashes';
import type { WordLexicon } from './wordLexicon';
import { wordnetCode, WordnetTable } from './wordnetClass';

/**
 * What the taggers' features read of each word, hashed once: its text, stem,
 * shape, suffix, word class, lexicon and WordNet classes, and a few flags.
 */

/** A word's shape: "Xx", "x", "X", "d", or the punctuation itself. */
export function shape(t: Token): string {
  if (t.kind === 'number') return 'd';
  if (t.kind === 'punct') return t.text;
  const c = t.text.charAt(0);
  if (c === c.toLowerCase()) return 'x';
  return t.text.length > 1 && t.text === t.text.toUpperCase() ? 'X' : 'Xx';
}

/** Quote marks and similar that break clauses, folded to one form. */
export function norm(t: Token): string {
  if (/^(?:[“”"«»„]|''|’’|‘‘|``)$/.test(t.text)) return '"';
  if (/^[—–]$/.test(t.text)) return '--';
  return t.kind === 'number' ? '<num>' : t.lower;
}

export const START = str('<s>');
export const END = str('</s>');
export const NONE = str('<>');
export const QUOTE = str('"');
export const COMMA = str(',');

/** A "that", a colon or an opening quote: a clause may follow. */
export const CLAUSE = 1;
/** A capitalised word or a personal pronoun: a subject may stand here. */
export const SUBJECT = 2;
export const CLOSES = 4;
export const OPENS = 8;

/** Doubled marks read as the mark the models were trained on: '' as ", ‘‘ and `` as “, ’’ as ”. */
const AS_TRAINED: Record<string, string> = { "''": '"', '‘‘': '“', '``': '“', '’’': '”' };

function flagsOf(t: Token): number {
  let f = 0;
  const text = t.text.length === 2 && t.kind === 'punct' ? AS_TRAINED[t.text] ?? t.text : t.text;
  if (t.lower === 'that' || text === ':' || text === '“' || text === '"') f |= CLAUSE;
  if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || /^(he|she|they|we|i|it|who)$/.test(t.lower))) f |= SUBJECT;
  if (text === '”' || text === '"') f |= CLOSES;
  if (text === '“' || text === '"') f |= OPENS;
  return f;
}

/** A token's hashes, remembered by its text in the lexicon they depend on (a token's kind and lower case follow from its text). */
function wordHashes(t: Token, lexicon: WordLexicon): WordHashes {
  const words = lexicon.hashes;
  let h = words.get(t.text);
  if (!h) {
    const w = norm(t);
    const cls = t.kind === 'punct' ? w : lexicon.wordClass(t.lower, t.text);
    h = { cls, lex: cueLexiconKind(stem(w)), w: str(w), s: str(stem(w)), sh: str(shape(t)), suf: str(w.slice(-3)), cl: str(cls), flags: flagsOf(t), wn: 0 };
    if (words.size >= 100_000) words.clear();
    words.set(t.text, h);
  }
  return h;
}

/** Per-token hashes of the strings features are made of, computed once per document. */
export interface TokenHashes {
  classes: string[];
  words: WordHashes[];
  flags: Uint8Array;
  lex: Uint8Array;
  w: Int32Array;
  s: Int32Array;
  sh: Int32Array;
  suf: Int32Array;
  cl: Int32Array;
}

/**
 * A document as the models read it: its text, with what the features read of
 * each token under a lexicon, computed once. The WordNet codes are filled on
 * first use, for the table asked.
 */
export interface FeatureDoc extends Doc {
  readonly hashes: TokenHashes;
  wordnet?: { table?: WordnetTable; codes: Int32Array };
}

export function withFeatures(doc: Doc, lexicon: WordLexicon): FeatureDoc {
  const n = doc.tokens.length;
  const h: TokenHashes = { classes: [], words: [], flags: new Uint8Array(n), lex: new Uint8Array(n), w: new Int32Array(n), s: new Int32Array(n), sh: new Int32Array(n), suf: new Int32Array(n), cl: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const x = wordHashes(doc.tokens[i], lexicon);
    h.classes.push(x.cls);
    h.words.push(x);
    h.flags[i] = x.flags;
    h.lex[i] = x.lex;
    h.w[i] = x.w;
    h.s[i] = x.s;
    h.sh[i] = x.sh;
    h.suf[i] = x.suf;
    h.cl[i] = x.cl;
  }
  return { ...doc, hashes: h };
}

/** Per token: its WordNet code (see src/tools/train/wordnet.ts), computed once per document and table. */
export function wordnetCodes(doc: FeatureDoc, table: WordnetTable | undefined): Int32Array {
  if (doc.wordnet && doc.wordnet.table === table) return doc.wordnet.codes;
  const codes = new Int32Array(doc.tokens.length);
  const hashes = doc.hashes.words;
  for (let i = 0; i < codes.length; i++) {
    const h = hashes[i];
    if (h.wnTable !== table) {
      h.wn = table && doc.tokens[i].kind === 'word' ? wordnetCode(table, doc.tokens[i].lower) : 0;
      h.wnTable = table;
    }
    codes[i] = h.wn;
  }
  doc.wordnet = { table, codes };
  return codes;
}

/** 1 when a token in from..to (exclusive) has the flag. */
export function within(flags: Uint8Array, from: number, to: number, flag: number): number {
  for (let i = from; i < to; i++) if (flags[i] & flag) return 1;
  return 0;
}
