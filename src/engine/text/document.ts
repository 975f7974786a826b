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
}

export function prepare(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const { regions, quoteOf } = findQuotes(tokens);
  return { text, tokens, sentences, quotes: regions, quoteOf };
}
