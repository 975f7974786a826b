import type { Doc } from './document';
import { cueFeatures, roleFeatures } from './features';
import { Tagger } from './perceptron';
import { tagsToSpans } from './spans';
import type { Span } from './types';
import { reportingVerbs } from './reportingVerbs';
import { applyRules } from './rules';
import { roleWindow } from './window';

/** The raw output of the taggers for one attribution, before classification (token indices are the document's). */
export interface RawAttribution {
  cue: Span;
  cueFirst: number;
  cueLast: number;
  source?: Span;
  sourceFirst?: number;
  sourceLast?: number;
  content: Span[];
}

export interface Taggers {
  cue: Tagger;
  role: Tagger;
}

/** Finds cues sentence by sentence, then the source and content of each. */
export function extractAttributions(doc: Doc, taggers: Taggers): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const s of doc.sentences) {
    const tags = taggers.cue.tag(cueFeatures(doc, s.first, s.last));
    const cues = tagsToSpans(doc, s.first, tags, 'CUE');
    for (const i of reportingVerbs(doc, s.first, s.last)) {
      if (!cues.some((c) => c.first <= i && i < c.last)) cues.push({ span: doc.tokens[i], first: i, last: i + 1 });
    }
    cues.sort((a, b) => a.first - b.first);
    for (const cue of cues) {
      out.push(extractRoles(doc, taggers.role, cue.first, cue.last));
    }
  }
  return applyRules(doc, out);
}

function extractRoles(doc: Doc, role: Tagger, cueFirst: number, cueLast: number): RawAttribution {
  const [first, last] = roleWindow(doc, cueFirst, cueLast);
  const feats = roleFeatures(doc, first, last, cueFirst, cueLast);
  const onCue = (i: number, t: number) => t !== 0 && first + i >= cueFirst && first + i < cueLast;
  const tags = role.tag(feats, onCue);
  const sources = tagsToSpans(doc, first, tags, 'SRC');
  // Several source runs: keep the one nearest the cue.
  const dist = (r: { first: number; last: number }) => (r.last <= cueFirst ? cueFirst - r.last : r.first - cueLast);
  const source = sources.sort((a, b) => dist(a) - dist(b))[0];
  const content = tagsToSpans(doc, first, tags, 'CON').map((r) => r.span);
  return {
    cue: { start: doc.tokens[cueFirst].start, end: doc.tokens[cueLast - 1].end },
    cueFirst,
    cueLast,
    source: source?.span,
    sourceFirst: source?.first,
    sourceLast: source?.last,
    content,
  };
}
