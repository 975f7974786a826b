import type { Doc } from '../text/document';
import type { RawAttribution } from './rawAttribution';
import { isCapitalized, Token } from '../text/tokenize';
import { tokenSpan as span } from '../text/tokenSpans';
import { CLOSING_MARKS, OPENING_MARKS } from '../text/quotes';
import { interviewAnswers } from './interview';

/**
 * Attributions whose layout alone says who said what, found without the
 * taggers: a speaker label at the start of a line ("PENCE: Well, look…",
 * headlines like "Graham: Trump’s rhetoric destroying GOP"), and a quotation
 * signed with a dash on its line (“…” ― Sonya Herridge), and the answers of
 * a Q&A transcript (extract/interview.ts).
 */
export function layoutAttributions(doc: Doc): RawAttribution[] {
  return [...speakerLabels(doc), ...signedQuotes(doc), ...interviewAnswers(doc)];
}

/** Labels that head a line but name no speaker. */
const NOT_SPEAKERS = /^(?:update|updated|note|editor|editors|watch|related|photo|photos|video|source|sources|read|see|correction|clarification|q|a|disclosure|warning|breaking|exclusive|analysis|opinion|live|listen|transcript|partial|full|via|credit|image|images|caption|subscribe|advertisement|sponsored|tags|filed|posted|published|contact|email|tel|phone|fax|web|www|http|https|map|chart|graphic|table|figure|step|part|chapter|section|episode|day|week|round|question|answer|example|summary|bottom|top|also|more|plus|and|but|or|the|a|an)$/i;

const DASHES = new Set(['―', '—', '–']);

const isLabelWord = (t: Token) => t.kind === 'word' && isCapitalized(t);

/** Index one past the last token of the line that holds token `i`. */
function lineEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && !tokens[j].newlineBefore) j++;
  return j;
}

/** "SPEAKER: words" or "Name Name: words" at the start of a line. */
function speakerLabels(doc: Doc): RawAttribution[] {
  const { tokens } = doc;
  const out: RawAttribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !tokens[i].newlineBefore) continue;
    let first = i;
    if (OPENING_MARKS.has(tokens[first].text) && first + 1 < tokens.length && !tokens[first + 1].newlineBefore) first++;
    let colon = first;
    while (colon < tokens.length && colon - first < 4 && isLabelWord(tokens[colon]) && (colon === i || !tokens[colon].newlineBefore)) colon++;
    if (colon === first || colon >= tokens.length || tokens[colon].text !== ':' || tokens[colon].newlineBefore) continue;
    if (NOT_SPEAKERS.test(tokens[first].lower)) continue;
    const end = lineEnd(tokens, colon);
    if (end <= colon + 2) continue; // a label with little or nothing after it introduces what follows
    let last = end;
    // A closing quote mark that ends the line belongs to the transcript's quoting, not to the words.
    if (CLOSING_MARKS.has(tokens[last - 1].text) && OPENING_MARKS.has(tokens[i].text)) last--;
    out.push({
      cue: span(doc, colon, colon + 1), cueFirst: colon, cueLast: colon + 1,
      source: span(doc, first, colon), sourceFirst: first, sourceLast: colon,
      content: [span(doc, colon + 1, last)],
    });
  }
  return out;
}

/** Where the quotation that ends with the mark at `close` opens: its region, or a quote mark that starts the line ("”Fear. …” ― Name", typed with the wrong mark first). */
function quotationEndingAt(doc: Doc, close: number, lineStart: number): number | undefined {
  const { tokens, quotes, quoteOf } = doc;
  const q = quoteOf[close] >= 0 ? quotes[quoteOf[close]] : undefined;
  if (q && q.closed && q.close === close) return q.open;
  return lineStart < close && (OPENING_MARKS.has(tokens[lineStart].text) || tokens[lineStart].text === '”') ? lineStart : undefined;
}

/** “…” ― Name: a quotation, then a dash and a name that end the line. */
function signedQuotes(doc: Doc): RawAttribution[] {
  const { tokens } = doc;
  const out: RawAttribution[] = [];
  // The line of the token at hand, found as the walk goes: each line is walked once.
  let lineStart = 0;
  let end = 0;
  for (let dash = 1; dash < tokens.length; dash++) {
    if (tokens[dash].newlineBefore) lineStart = dash;
    if (!DASHES.has(tokens[dash].text) || tokens[dash].newlineBefore || !CLOSING_MARKS.has(tokens[dash - 1].text)) continue;
    const open = quotationEndingAt(doc, dash - 1, lineStart);
    if (open === undefined) continue;
    if (end <= dash) end = lineEnd(tokens, dash);
    let last = dash + 1;
    // Capitalised words and initials ("Edwin G. Monroy"), up to six.
    while (last < end && last - dash <= 6 && isLabelWord(tokens[last])) {
      last++;
      if (last < end - 1 && tokens[last].text === '.' && tokens[last - 1].text.length === 1 && !tokens[last].spaceBefore) last++;
    }
    // The name runs to the end of the line (a full stop may close it), or to a comma before a description.
    const closes = last === end || tokens[last].text === ',' || (tokens[last].text === '.' && last + 1 === end);
    if (last === dash + 1 || !closes) continue;
    out.push({
      cue: span(doc, dash, dash + 1), cueFirst: dash, cueLast: dash + 1,
      source: span(doc, dash + 1, last), sourceFirst: dash + 1, sourceLast: last,
      content: [span(doc, open, dash)],
    });
  }
  return out;
}
