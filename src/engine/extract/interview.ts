import type { Doc } from '../text/document';
import type { RawAttribution } from './rawAttribution';
import { isCapitalized } from '../text/tokenize';
import { tokenSpan as span } from '../text/tokenSpans';

/** Words that announce an interview: "An interview with Mayor Ana Reyes", "Q&A with …", "a conversation with …". */
const INTERVIEW = /^(?:interview|interviews|q&a|conversation|talk|talks|chat|chats|spoke|speaks|sat)$/;
/** An "A:" at the start of a line. */
const ANSWER_LINE = /(?:^|[\n\r\u2028\u2029])[ \t]*A:/;

/** Lower-case words a name or title may hold ("Secretary of State", "Ramón de la Fuente"). */
const JOINERS = /^(?:of|de|del|la|van|von|bin|al|da|di|du|le|the)$/;

/** The name after "interview with" that starts at token `from`: capitalised words, initials and joiners, up to eight. */
function nameAt(doc: Doc, from: number): number {
  const { tokens } = doc;
  let last = from;
  while (last < tokens.length && last - from < 8 && !(last > from && tokens[last].newlineBefore)) {
    const t = tokens[last];
    if (t.kind === 'word' && isCapitalized(t)) last++;
    else if (t.text === '.' && !t.spaceBefore && last > from && tokens[last - 1].text.length <= 4) last++;
    else if (JOINERS.test(t.lower) && last > from && last + 1 < tokens.length && isCapitalized(tokens[last + 1])) last++;
    else break;
  }
  while (last > from && tokens[last - 1].text === '.') last--;
  return last;
}

/**
 * A Q&A transcript after an introduction that names the interviewee ("An
 * interview with Mayor Ana Reyes", then "Q: …" and "A: …" lines): each
 * answer is a statement by the interviewee, with the label "A" as its source
 * and the interviewee as its antecedent; questions are no claims of theirs
 * and give none. Without such an introduction in the block, nothing.
 */
export function interviewAnswers(doc: Doc): RawAttribution[] {
  // Most blocks have no answer line: one scan of the text says so.
  if (!ANSWER_LINE.test(doc.text)) return [];
  const { tokens } = doc;
  const out: RawAttribution[] = [];
  let interviewee: [number, number] | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (INTERVIEW.test(tokens[i].lower) && tokens[i + 1].lower === 'with') {
      const last = nameAt(doc, i + 2);
      if (last > i + 2) interviewee = [i + 2, last];
      continue;
    }
    if (!interviewee || !(i === 0 || tokens[i].newlineBefore) || tokens[i].text !== 'A' || tokens[i + 1].text !== ':') continue;
    let end = i + 2;
    while (end < tokens.length && !tokens[end].newlineBefore) end++;
    if (end === i + 2) continue;
    out.push({
      cue: span(doc, i + 1, i + 2), cueFirst: i + 1, cueLast: i + 2,
      source: span(doc, i, i + 1), sourceFirst: i, sourceLast: i + 1,
      content: [span(doc, i + 2, end)],
      antecedent: interviewee,
    });
  }
  return out;
}
