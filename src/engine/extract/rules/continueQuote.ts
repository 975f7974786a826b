import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import { lowerBound } from './indexes';
import { span, tokenAt, type Rule } from './rule';

/** The attributions in cue order, and where each cue starts. */
interface CueOrder {
  all: RawAttribution[];
  cueStarts: number[];
}

/**
 * “Q1,” he said. “Q2 …” — a quotation that follows the attributed sentence,
 * has no speaker of its own and starts with an opening mark continues the
 * same speaker's content (also over paragraphs, newspaper style).
 */
function continueWith(doc: FeatureDoc, a: RawAttribution, { all, cueStarts }: CueOrder): RawAttribution {
  const { tokens, sentences, quotes, quoteOf } = doc;
  if (a.content.length === 0) return a;
  const firstContent = tokenAt(doc, a.content[0].start);
  if (firstContent < 0 || quoteOf[firstContent] < 0) return a;
  const cueSentence = sentences[tokens[a.cueFirst].sentence];
  const next = cueSentence.last;
  const contentEnd = a.content[a.content.length - 1].end;
  if (next >= tokens.length || tokens[next].start < contentEnd) return a;
  const region = quoteOf[next] >= 0 ? quotes[quoteOf[next]] : undefined;
  if (!region || region.open !== next) return a;
  const regionSpan = span(doc, region.open, region.close + 1);
  // Another attribution inside (or attached to) the quotation owns it (`all` is in cue order).
  const until = tokenEndOfSentence(doc, region.close);
  let lo = lowerBound(cueStarts, regionSpan.start);
  while (lo < all.length && all[lo] === a) lo++;
  if (lo < all.length && all[lo].cue.start <= until) return a;
  return { ...a, content: [...a.content, regionSpan] };
}

function tokenEndOfSentence(doc: FeatureDoc, i: number): number {
  return doc.sentences[doc.tokens[i].sentence].end;
}

export const continueQuote: Rule<CueOrder> = {
  name: 'continue-quote',
  description: '“Q1,” he said. “Q2 …” — a quotation that follows the attributed sentence, has no speaker of its own and starts with an opening mark continues the same speaker\'s content (also over paragraphs, newspaper style).',
  prepare: (_doc, all) => ({ all, cueStarts: all.map((a) => a.cue.start) }),
  apply: continueWith,
};
