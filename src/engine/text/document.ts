import { findQuotes, QuoteRegion } from './quotes';
import { Sentence, splitSentences } from './sentences';
import { Token, tokenize } from './tokenize';

/** A text prepared for analysis: tokens, sentences and quotations, computed once. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteRegion[];
  /** Per token: index into `quotes` of the quotation holding it, or -1. */
  quoteOf: Int32Array;
  /** Per sentence: the first opening mark and one past the last closing mark of the quotations its tokens stand in (-1: none), so that a cue's window is found without walking its sentence. */
  quoteReach: { open: Int32Array; close: Int32Array };
}

export function prepare(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const { regions, quoteOf } = findQuotes(tokens);
  return { text, tokens, sentences, quotes: regions, quoteOf, quoteReach: quoteReach(tokens, sentences.length, regions, quoteOf) };
}

function quoteReach(tokens: Token[], sentences: number, quotes: QuoteRegion[], quoteOf: Int32Array): Doc['quoteReach'] {
  const r = { open: new Int32Array(sentences).fill(-1), close: new Int32Array(sentences).fill(-1) };
  for (let i = 0; i < tokens.length; i++) {
    const q = quoteOf[i];
    if (q < 0) continue;
    const s = tokens[i].sentence;
    if (r.open[s] < 0 || quotes[q].open < r.open[s]) r.open[s] = quotes[q].open;
    r.close[s] = Math.max(r.close[s], quotes[q].close + 1);
  }
  return r;
}
