import type { FeatureDoc } from '../../model/wordFeatures';
import type { RawAttribution } from '../rawAttribution';
import type { Span } from '../../types';
import { lowerBound } from './indexes';
import { span, tokenAt, type Rule } from './rule';

/** The attributions in cue order, and where each cue starts. */
interface CueOrder {
  all: RawAttribution[];
  cueStarts: number[];
}

/** Quotations one attribution takes on at most, one after another. */
const MAX_CONTINUED = 8;

/**
 * “Q1,” he said. “Q2 …” — a quotation that follows the attributed sentence,
 * has no speaker of its own and starts with an opening mark continues the
 * same speaker's content (also over paragraphs, newspaper style), and so does
 * each such quotation after it. Content that is no quotation ("X said Y.")
 * is not continued: PolNeAR joins a quotation paragraph after it less often
 * than not (on train, joining them cost 42 exact contents).
 */
function continueWith(doc: FeatureDoc, a: RawAttribution, { all, cueStarts }: CueOrder): RawAttribution {
  const { tokens, sentences, quotes, quoteOf } = doc;
  if (a.content.length === 0) return a;
  const firstContent = tokenAt(doc, a.content[0].start);
  if (firstContent < 0) return a;
  if (quoteOf[firstContent] < 0) return a;
  // From the sentence after the cue's, or after the content's when the tagger took a quotation after the cue already.
  const lastContent = tokenAt(doc, a.content[a.content.length - 1].end - 1);
  let next = sentences[Math.max(tokens[a.cueFirst].sentence, lastContent < 0 ? 0 : tokens[lastContent].sentence)].last;
  if (next >= tokens.length || tokens[next].start < a.content[a.content.length - 1].end) return a;
  const added: Span[] = [];
  while (next < tokens.length && added.length < MAX_CONTINUED) {
    const region = quoteOf[next] >= 0 ? quotes[quoteOf[next]] : undefined;
    if (!region || region.open !== next) break;
    const regionSpan = span(doc, region.open, region.close + 1);
    // Another attribution inside (or attached to) the quotation owns it (`all` is in cue order).
    const until = tokenEndOfSentence(doc, region.close);
    let lo = lowerBound(cueStarts, regionSpan.start);
    while (lo < all.length && all[lo] === a) lo++;
    if (lo < all.length && all[lo].cue.start <= until) break;
    added.push(regionSpan);
    next = sentences[tokens[region.close].sentence].last;
  }
  return added.length === 0 ? a : { ...a, content: [...a.content, ...added] };
}

function tokenEndOfSentence(doc: FeatureDoc, i: number): number {
  return doc.sentences[doc.tokens[i].sentence].end;
}

export const continueQuote: Rule<CueOrder> = {
  name: 'continue-quote',
  description: '“Q1,” he said. “Q2 …” “Q3 …” — quotations that follow the attributed sentence, have no speaker of their own and start with an opening mark continue the same speaker\'s content (also over paragraphs, newspaper style).',
  prepare: (_doc, all) => ({ all, cueStarts: all.map((a) => a.cue.start) }),
  apply: continueWith,
};
