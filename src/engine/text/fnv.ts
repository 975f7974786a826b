/** 32-bit FNV-1a hash of a string's UTF-16 units. */
export function fnv1a(text: string): number {
  return fnv1aRange(text, 0, text.length);
}

/** fnv1a(text.slice(start, end)) without making the slice. */
export function fnv1aRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
