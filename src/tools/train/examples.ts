import type { Span } from '../../engine/index';
import { coreCueEnd, cueFeatures, prepare, roleFeatures, roleWindow, spansToTags, splitBlocks, withFeatures, type WordLexicon, type WordnetTable } from '../../engine/training';
import type { GoldDoc } from '../corpus';
import type { Example } from './trainer';

/** One block of a training document: its training sequences for both taggers. */
export interface BlockExamples {
  cue: Example[];
  role: Example[];
  /** Gold content tokens, and how many of them the role window of their cue covers. */
  contentTokens: number;
  contentCovered: number;
}

/**
 * The training sequences of a document, block by block: the engine analyses
 * block by block (src/engine/text/blocks.ts), so training does too and the features match.
 */
export function blockExamples(g: GoldDoc, lexicon: WordLexicon, wordnet?: WordnetTable): BlockExamples[] {
  return splitBlocks(g.text).map((b) => {
    const inBlock = (sp: Span) => sp.start >= b.start && sp.end <= b.end;
    const local = (sp: Span) => ({ start: sp.start - b.start, end: sp.end - b.start });
    const gold = g.gold.filter((a) => a.cue.every(inBlock)).map((a) => ({
      cue: a.cue.map(local), source: a.source.filter(inBlock).map(local), content: a.content.filter(inBlock).map(local),
    }));
    const doc = withFeatures(prepare(g.text.slice(b.start, b.end)), lexicon);
    const cues = gold.map((a) => a.cue).flat();
    const out: BlockExamples = { cue: [], role: [], contentTokens: 0, contentCovered: 0 };
    for (const s of doc.sentences) {
      out.cue.push({ features: cueFeatures(doc, s.first, s.last, wordnet), gold: spansToTags(doc, s.first, s.last, [{ label: 'CUE', spans: cues }]) });
    }
    for (const a of gold) {
      const cueTok = spansToTags(doc, 0, doc.tokens.length, [{ label: 'CUE', spans: [a.cue[0]] }]);
      const cf = cueTok.findIndex((t) => t !== 'O');
      if (cf < 0) continue;
      let cl = cf + 1;
      while (cl < cueTok.length && cueTok[cl] === 'I-CUE') cl++;
      const fullLast = cl;
      cl = coreCueEnd(doc, cf, cl);
      const [first, last] = roleWindow(doc, cf, cl);
      const tags = spansToTags(doc, first, last, [
        { label: 'SRC', spans: a.source },
        { label: 'CON', spans: a.content },
      ]);
      for (let i = cf; i < fullLast; i++) if (i >= first && i < last) tags[i - first] = 'O';
      const all = spansToTags(doc, 0, doc.tokens.length, [{ label: 'CON', spans: a.content }]);
      for (let i = 0; i < all.length; i++) if (all[i] !== 'O') { out.contentTokens++; if (i >= first && i < last) out.contentCovered++; }
      out.role.push({ features: roleFeatures(doc, first, last, cf, cl), gold: tags });
    }
    return out;
  });
}
