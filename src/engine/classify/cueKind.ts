import type { CueKind } from '../types';

/** Base forms of common reporting verbs that the stemmer cannot produce. */
const BASE: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell', wrote: 'write', writes: 'write',
  writing: 'write', written: 'write', thought: 'think', thinks: 'think', knew: 'know', knows: 'know', saw: 'see',
  sees: 'see', seen: 'see', found: 'find', finds: 'find', felt: 'feel', feels: 'feel', spoke: 'speak', spoken: 'speak',
  heard: 'hear', read: 'read', sought: 'seek', swore: 'swear', sworn: 'swear', held: 'hold', made: 'make', gave: 'give',
  forecast: 'forecast', according: 'according to', quoted: 'quote',
};

const KINDS: Record<string, CueKind> = {};
function kind(k: CueKind, words: string): void {
  for (const w of words.split(' ')) KINDS[w] = k;
}
kind('neutral', 'say tell according add state report announce explain write speak describe comment respond reply answer remark ' +
  'testify mention quote tweet post continue observe explain repeat reiterate recount recall inform cite');
kind('loaded', 'claim admit insist concede reveal note confess boast allege acknowledge maintain contend assert proclaim brag ' +
  'complain lament declare swear vow pledge promise argue stress emphasize emphasise point');
kind('denial', 'deny reject dismiss refute dispute rebut disavow contradict');
kind('accusation', 'accuse blame charge criticize criticise condemn attack slam blast denounce fault lash');
kind('belief', 'think believe feel hope fear expect suspect doubt consider want know see view seem appear worry wonder ' +
  'suggest predict estimate reckon assume guess imagine trust');

/** The base form of a cue's head word: "said" → "say", "has said" → "say", "according to" → "according to". */
export function cueLemma(cueText: string): string {
  const words: string[] = cueText.toLowerCase().replace(/’/g, "'").match(/[a-z']+/g) ?? [];
  if (words.includes('according')) return 'according to';
  const aux = /^(has|have|had|was|were|is|are|be|been|being|also|not|n't|did|does|do|will|would|could|should|may|might|can|reportedly|later|then|further|previously|repeatedly|quoted|as|once|again|publicly|privately|in|a|an|the|to)$/;
  const head = words.find((w) => !aux.test(w)) ?? words[words.length - 1] ?? cueText.trim();
  const base = baseForm(head);
  if (words.includes('quoted') && (base === 'say' || words[0] === 'quoted')) return 'quote';
  return base;
}

function baseForm(w: string): string {
  if (BASE[w]) return BASE[w];
  if (KINDS[w]) return w;
  const candidates: string[] = [];
  if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => KINDS[c]) ?? candidates[0] ?? w;
}

/** The kind of a cue, from its base form and the words around it ("did not deny"). */
export function cueKindOf(lemma: string, cueText: string): CueKind {
  const k = KINDS[lemma === 'according to' ? 'according' : lemma];
  if (k) return k;
  if (/\b(denial|rejection)\b/i.test(cueText)) return 'denial';
  if (/\b(accusation|allegation)s?\b/i.test(cueText)) return 'accusation';
  if (/\bclaims?\b/i.test(cueText)) return 'loaded';
  return 'other';
}
