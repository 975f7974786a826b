import { type Claim, hash, speakerOf } from '../../engine/index';
import { claimKey, keyString, matchVerdicts, type Matched } from './match';
import { allVerdicts, withVerdicts } from './merge';
import type { ClaimKey, Sidecar, Verdict, VerdictRecord } from './types';

export type { ClaimKey, Sidecar, UnreadableRecord, Verdict, VerdictRecord } from './types';
export { claimKey, keyWords, matchVerdicts, matchVerdictSteps, type Matched } from './match';
export { mergeSidecars, mergeWithFile } from './merge';
export { decodeSidecar, MAX_VERDICT_FILE_BYTES, parseSidecar, serializeSidecar } from './schema';
export { sidecarFromBytes, sidecarPath, verdictFiles, type Bytes, type FileAccess, type VerdictFiles } from './files';

/** The default rating scale; labels are configurable, the stored value is the label. */
export const DEFAULT_SCALE = ['Unrated', 'True', 'Mostly true', 'Half true', 'Misleading', 'Mostly false', 'False', 'Unverifiable'] as const;

/**
 * A new record's id, from the claim's key: two windows that rate the same
 * claim at once make the same record, and their saves merge into one. Another
 * record of this file with that id (a repeat of the claim) gets one from the time.
 */
function newId(sidecar: Sidecar, key: ClaimKey, verdict: Verdict): string {
  const id = 'v' + hash(keyString(key));
  return sidecar.records.some((r) => r.id === id) ? 'v' + hash(keyString(key) + verdict.updated) : id;
}

/**
 * Gives a claim a verdict, keeping every other record (orphans included) and
 * the claim's earlier verdicts, in its record's history. `matched`: the
 * sidecar's records already matched to these claims (an editor matches in
 * slices), else they are matched here.
 */
export function setVerdict(sidecar: Sidecar, text: string, claims: Claim[], claim: Claim, given: Verdict, matched?: Matched): Sidecar {
  const { byClaim } = matched ?? matchVerdicts(text, claims, sidecar.records);
  const old = byClaim.get(claim.id);
  // The verdict given now is the current one, whatever the clocks of earlier raters said: it is dated after them.
  const latest = old ? Math.max(...allVerdicts(old).map((v) => Date.parse(v.updated)).filter(Number.isFinite)) : -Infinity;
  const verdict = Date.parse(given.updated) > latest ? given : { ...given, updated: new Date(Math.min(latest + 1, 8.64e15)).toISOString() };
  const key = claimKey(text, claim);
  const shown = { source: speakerOf(claim) ?? '', cue: claim.cueText, content: claim.contentText };
  if (!old) return { ...sidecar, records: [...sidecar.records, { id: newId(sidecar, key, verdict), key, claimId: claim.id, shown, verdict }] };
  const record: VerdictRecord = withVerdicts({ ...old, key, claimId: claim.id, shown }, allVerdicts(old, { ...old, history: [], verdict }));
  return { ...sidecar, records: sidecar.records.map((r) => (r === old ? record : r)) };
}
