import type { Doc } from '../text/document';

/** Most tokens a cue's window may hold. */
const MAX_WINDOW = 320;

/**
 * The tokens where a cue's source and content may stand: two sentences either
 * side of the cue's sentence within its paragraph, widened to whole quotations
 * that reach into it (multi-sentence and multi-paragraph quotes).
 */
export function roleWindow(doc: Doc, cueFirst: number, cueLast: number): [number, number] {
  const { tokens, sentences, quotes, quoteOf } = doc;
  const s = tokens[cueFirst].sentence;
  const para = sentences[s].paragraph;
  let a = s;
  while (a > 0 && a > s - 2 && sentences[a - 1].paragraph === para) a--;
  let b = s;
  while (b + 1 < sentences.length && b < s + 2 && sentences[b + 1].paragraph === para) b++;
  if (b === s && b + 1 < sentences.length && tokens[sentences[s].last - 1].text === ':') b++;
  let first = sentences[a].first;
  let last = sentences[b].last;
  // Widen to whole quotations that reach into the cue's own sentence or touch
  // it within its paragraph.
  const own = sentences[s];
  const from = own.first > 0 && !tokens[own.first].newlineBefore ? own.first - 1 : own.first;
  // A sentence ending in a colon introduces what follows, even in the next paragraph.
  const colon = tokens[own.last - 1].text === ':';
  const to = own.last < tokens.length && (colon || !tokens[own.last].newlineBefore) ? own.last + 1 : own.last;
  const reach = doc.quoteReach;
  if (reach.open[s] >= 0) {
    first = Math.min(first, reach.open[s]);
    last = Math.max(last, reach.close[s]);
  }
  for (const i of [from, to - 1]) {
    const q = i >= 0 && (i < own.first || i >= own.last) ? quoteOf[i] : -1;
    if (q < 0) continue;
    first = Math.min(first, quotes[q].open);
    last = Math.max(last, quotes[q].close + 1);
  }
  if (last - first > MAX_WINDOW) {
    first = Math.max(first, cueFirst - MAX_WINDOW / 2);
    last = Math.min(last, first + MAX_WINDOW);
    if (last < cueLast) last = cueLast;
  }
  return [first, last];
}
