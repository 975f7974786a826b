import type { Doc } from '../text/document';
import type { Span } from '../types';

/** BIO tags for tokens first..last from labelled character spans. */
export function spansToTags(doc: Doc, first: number, last: number, labelled: { label: string; spans: Span[] }[]): string[] {
  const tags = new Array<string>(last - first).fill('O');
  for (const { label, spans } of labelled) {
    for (const sp of spans) {
      let prevIn = false;
      for (let i = first; i < last; i++) {
        const t = doc.tokens[i];
        const overlap = Math.min(t.end, sp.end) - Math.max(t.start, sp.start);
        const inside = overlap > 0 && overlap * 2 >= t.end - t.start;
        if (inside && tags[i - first] === 'O') tags[i - first] = (prevIn ? 'I-' : 'B-') + label;
        prevIn = inside;
      }
    }
  }
  return tags;
}

/** Runs of B-/I- tags of one label as character spans, with their token ranges. */
export function tagsToSpans(doc: Doc, first: number, tags: string[], label: string): { span: Span; first: number; last: number }[] {
  const out: { span: Span; first: number; last: number }[] = [];
  let open = -1;
  const close = (end: number) => {
    if (open < 0) return;
    out.push({ span: { start: doc.tokens[first + open].start, end: doc.tokens[first + end - 1].end }, first: first + open, last: first + end });
    open = -1;
  };
  const begin = 'B-' + label;
  const inside = 'I-' + label;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === begin) { close(i); open = i; }
    else if (tags[i] !== inside) close(i);
  }
  close(tags.length);
  return out;
}
