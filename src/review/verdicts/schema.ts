import type { Sidecar, UnreadableRecord, VerdictRecord } from './types';

/**
 * The one reader of verdict files, for the command line and both extension
 * hosts. Everything in a verdict file is untrusted: each record is checked
 * field by field; one that does not validate is kept aside, verbatim, and
 * written back as it was, never shown as a verdict nor matched to a claim.
 */

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const KEY_FIELDS = ['source', 'cue', 'content', 'before', 'after'] as const;
const SHOWN_FIELDS = ['source', 'cue', 'content'] as const;

/** What is wrong with a verdict object, or undefined when it is a valid one. */
function verdictProblem(v: unknown, where: string): string | undefined {
  if (!isObject(v)) return `${where} is not an object`;
  if (!isText(v.rating)) return `${where}.rating is not a text`;
  if (!isText(v.updated) || Number.isNaN(Date.parse(v.updated))) return `${where}.updated is not a date`;
  if (v.note !== undefined && !isText(v.note)) return `${where}.note is not a text`;
  if (v.author !== undefined && !isText(v.author)) return `${where}.author is not a text`;
  if (v.evidence !== undefined && !(Array.isArray(v.evidence) && v.evidence.every(isText))) return `${where}.evidence is not a list of texts`;
  return undefined;
}

/** What is wrong with a record, or undefined when every field Claim Lens uses has the right type. */
export function recordProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'not an object';
  if (!isText(r.id) || !r.id) return 'id is missing';
  if (!isText(r.claimId)) return 'claimId is not a text';
  const key = r.key;
  if (!isObject(key) || !KEY_FIELDS.every((f) => isText(key[f]))) return 'key is incomplete';
  const shown = r.shown;
  if (shown !== undefined && !(isObject(shown) && SHOWN_FIELDS.every((f) => isText(shown[f])))) return 'shown is incomplete';
  const problem = verdictProblem(r.verdict, 'verdict');
  if (problem) return problem;
  if (r.history === undefined) return undefined;
  if (!Array.isArray(r.history)) return 'history is not a list';
  for (const [i, h] of r.history.entries()) {
    const p = verdictProblem(h, `history[${i}]`);
    if (p) return p;
  }
  return undefined;
}

/** Reads a verdict file's JSON (a leading byte order mark is fine), or says exactly why the file as a whole cannot be used. */
export function parseSidecar(json: string): { sidecar: Sidecar } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(data)) return { error: 'not a Claim Lens verdict file (expected {"version": 1, "records": [...]})' };
  const { version, records, ...extra } = data;
  if (typeof version === 'number' && version > 1) return { error: `written by a later version of Claim Lens (version ${version}); this one reads version 1` };
  if (version !== 1 || !Array.isArray(records)) return { error: 'not a Claim Lens verdict file (expected {"version": 1, "records": [...]})' };
  if (records.length > MAX_RECORDS) return { error: `it holds ${records.length.toLocaleString('en')} records, more than Claim Lens reads for one article (${MAX_RECORDS.toLocaleString('en')})` };
  const readable: VerdictRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  const ids = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    let reason = recordProblem(r);
    // Two records with one id would be taken for two versions of one record and merged: the later one is kept aside as it is.
    if (!reason && ids.has((r as VerdictRecord).id)) reason = `its id "${(r as VerdictRecord).id}" is the id of record ${ids.get((r as VerdictRecord).id)} too`;
    if (reason) unreadable.push({ raw: r, reason: `record ${i + 1}: ${reason}` });
    else {
      ids.set((r as VerdictRecord).id, i + 1);
      readable.push(r as unknown as VerdictRecord);
    }
  }
  const inexact = inexactNumber(json);
  return { sidecar: { version: 1, records: readable, ...(unreadable.length ? { unreadable } : {}), ...(Object.keys(extra).length ? { extra } : {}), ...(inexact ? { keepAsIs: `it holds the number ${inexact}, which cannot be written back exactly` } : {}) } };
}

/** Verdict files longer than this are refused, unread: thousands of verdicts take a few megabytes. */
export const MAX_VERDICT_FILE_BYTES = 64 * 1024 * 1024;

/** Records one verdict file may hold: thousands of verdicts on one article are already far more than a desk gives. */
export const MAX_RECORDS = 10_000;

/**
 * The first number literal in a JSON text that a rewrite would change (an
 * integer past 2^53 that is not the double it reads as, more digits than a
 * double holds, a number too large for one), or undefined. Such a file is
 * read, but never rewritten.
 */
function inexactNumber(json: string): string | undefined {
  // Number literals outside strings: strings are skipped whole, escapes included.
  const tokens = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  for (const m of json.matchAll(tokens)) {
    const t = m[0];
    if (t.startsWith('"')) continue;
    const n = Number(t);
    if (!Number.isFinite(n) || decimal(JSON.stringify(n)) !== decimal(t)) return t;
  }
  return undefined;
}

/** A number literal's exact decimal value as sign, digits and exponent ("-1.50e2" and "-150" both "-15e1"). */
function decimal(literal: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!m) return literal;
  let digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  let exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (!digits) return '0';
  const zeros = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - zeros);
  exponent += zeros;
  return `${m[1]}${digits}e${exponent}`;
}

/** Reads a verdict file's bytes: UTF-8 only (never silently replacing what is not), then as parseSidecar. */
export function decodeSidecar(bytes: Uint8Array): { sidecar: Sidecar } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text; Claim Lens will not rewrite it (convert it to UTF-8 first)' };
  }
  return parseSidecar(text);
}

/** The file's text: the fields Claim Lens does not know as they were, then the version and the records, the unreadable ones last and verbatim. */
export function serializeSidecar(s: Sidecar): string {
  const records: unknown[] = [...s.records, ...(s.unreadable ?? []).map((u) => u.raw)];
  return JSON.stringify({ ...(s.extra ?? {}), version: 1, records }, null, 2) + '\n';
}
