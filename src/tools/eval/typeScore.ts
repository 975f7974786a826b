import { type Claim, CLAIM_TYPES, type ClaimType, offsetMap } from '../../engine/index';
import { claimToBrat } from '../../review/brat';
import type { Row } from './goldTables';
import { normalize, pairByCue } from './metrics';
import { Score } from './metrics';
import type { GoldDoc } from '../corpus';

/**
 * Precision and recall per claim type in the type-gold documents: gold and
 * predicted attributions are paired by cue overlap as for the attribution
 * scores; a predicted claim of a type is right when it is paired with a gold
 * attribution of that type, and a predicted claim paired with nothing is
 * wrong whatever its type.
 */
export type TypeScores = Record<ClaimType, Score> & { confusion: Map<string, number> };

export function emptyTypeScores(): TypeScores {
  const s = { confusion: new Map<string, number>() } as TypeScores;
  for (const t of CLAIM_TYPES) s[t] = new Score();
  return s;
}

export function scoreTypes(doc: GoldDoc, claims: Claim[], rows: Row[], into: TypeScores): void {
  const map = offsetMap(doc.text);
  const typeAt = new Map<string, ClaimType>();
  for (const r of rows) typeAt.set(`${map.toUtf16(Number(r.cue_start))}:${map.toUtf16(Number(r.cue_end))}`, r.type as ClaimType);
  // The gold attributions' types, by their cue's first start and last end.
  const goldTypes = doc.gold.map((g) => typeAt.get(`${g.cue[0].start}:${g.cue[g.cue.length - 1].end}`));
  const gold = doc.gold.map((g) => ({ ...g, cue: normalize(doc.text, g.cue) }));
  const pred = claims.map(claimToBrat).map((p) => ({ ...p, cue: normalize(doc.text, p.cue) }));
  for (const t of goldTypes) if (t) into[t].gold++;
  for (const c of claims) into[c.type].predicted++;
  const paired = new Set<number>();
  for (const { gold: gi, pred: pi } of pairByCue(gold, pred)) {
    const want = goldTypes[gi];
    if (!want) continue;
    paired.add(pi);
    const got = claims[pi].type;
    if (got === want) into[want].tp++;
    const key = `${want} → ${got}`;
    into.confusion.set(key, (into.confusion.get(key) ?? 0) + 1);
  }
  claims.forEach((c, i) => {
    if (paired.has(i)) return;
    const key = `none → ${c.type}`;
    into.confusion.set(key, (into.confusion.get(key) ?? 0) + 1);
  });
}
