import { fnv1a } from '../text/fnv';

/** A string's 32-bit FNV-1a hash as 7 base-36 digits. */
export function hash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

/** Collapses white space and folds quote styles so cosmetic edits keep the id. */
export function canonical(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Stable ids from each claim's own text (source, cue, content), not its
 * offsets; repeats of the same claim get "-2", "-3" in document order.
 */
export function claimIds(keys: string[]): string[] {
  return uniqueIds(keys.map(baseId));
}

/** A claim's id before repeats are told apart: from its source, cue and content text. */
export function baseId(key: string): string {
  return 'c' + hash(canonical(key));
}

/** Base ids made unique: repeats get "-2", "-3" in order. */
export function uniqueIds(bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
