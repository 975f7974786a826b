/**
 * Conversions between UTF-16 offsets (JavaScript strings, VS Code positions)
 * and code-point offsets (brat standoff, Python string indices).
 */
export interface OffsetMap {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
}

export function offsetMap(text: string): OffsetMap {
  // Offsets of astral characters; with none, both offsets are equal.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { astral.push(i); i++; }
    }
  }
  if (astral.length === 0) return { toCodePoint: (n) => n, toUtf16: (n) => n };
  return {
    toCodePoint(utf16) {
      // Number of astral characters wholly before utf16.
      let lo = 0, hi = astral.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid] + 1 < utf16) lo = mid + 1; else hi = mid; }
      return utf16 - lo;
    },
    toUtf16(cp) {
      // astral[k] sits at code point astral[k] - k.
      let lo = 0, hi = astral.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid] - mid < cp) lo = mid + 1; else hi = mid; }
      return cp + lo;
    },
  };
}
