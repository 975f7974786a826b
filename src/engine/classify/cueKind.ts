import type { CueKind } from '../types';
import { CUE_KINDS } from '../lexicon/predicates';
import { CUE_BASE_FORMS } from '../lexicon/verbForms';

/** The base form of a cue's head word: "said" → "say", "has said" → "say", "according to" → "according to". */
export function cueLemma(cueText: string): string {
  const words: string[] = cueText.toLowerCase().replace(/’/g, "'").match(/[a-z']+/g) ?? [];
  if (words.includes('according')) return 'according to';
  const aux = /^(has|have|had|was|were|is|are|be|been|being|also|not|n't|did|does|do|will|would|could|should|may|might|can|reportedly|later|then|further|previously|repeatedly|quoted|as|once|again|publicly|privately|in|a|an|the|to|largely|hardly|barely|rarely|seldom|yet|never|always|often|still|now|just|even|already|recently|first|long|generally|officially|formally|openly|strongly|widely|repeatedly|quickly|immediately|specifically|directly|explicitly)$/;
  const head = words.find((w) => !aux.test(w)) ?? words[words.length - 1] ?? cueText.trim();
  const base = baseForm(head);
  if (words.includes('quoted') && (base === 'say' || words[0] === 'quoted')) return 'quote';
  return base;
}

function baseForm(w: string): string {
  if (CUE_BASE_FORMS[w]) return CUE_BASE_FORMS[w];
  if (CUE_KINDS[w]) return w;
  const candidates: string[] = [];
  if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => CUE_KINDS[c]) ?? candidates[0] ?? w;
}

/** The kind of a cue, from its base form and the words around it ("did not deny"). */
export function cueKindOf(lemma: string, cueText: string): CueKind {
  const k = CUE_KINDS[lemma === 'according to' ? 'according' : lemma];
  if (k) return k;
  if (/\b(denial|rejection)\b/i.test(cueText)) return 'denial';
  if (/\b(accusation|allegation)s?\b/i.test(cueText)) return 'accusation';
  if (/\bclaims?\b/i.test(cueText)) return 'loaded';
  return 'other';
}
