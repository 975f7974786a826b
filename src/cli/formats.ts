import { claimToBrat, writeBrat } from '../core/brat';
import type { Analysis, Claim } from '../core/types';

/** The claims of one file as a JSON object (one line of JSON Lines). */
export function toJson(file: string, analysis: Analysis): string {
  return JSON.stringify({ file, sentences: analysis.sentences, claims: analysis.claims });
}

/** The claims as brat standoff in PolNeAR's layout (code-point offsets). */
export function toBratFile(text: string, claims: Claim[]): string {
  return writeBrat(claims.map(claimToBrat), text);
}

/** Line and column (1-based) of UTF-16 offsets, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function excerpt(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** A readable table: position, speaker and kind, cue and kind, content. */
export function toText(file: string, text: string, analysis: Analysis): string {
  const at = lineIndex(text);
  const lines = [`${file}: ${analysis.claims.length} claim${analysis.claims.length === 1 ? '' : 's'}`];
  for (const c of analysis.claims) {
    const { line, column } = at(c.cue[0].start);
    const who = c.speaker?.name ?? c.sourceText ?? '(no source)';
    const resolved = c.speaker && c.sourceText && c.speaker.name !== c.sourceText.trim() ? ` ← “${c.sourceText}”` : '';
    const signals = c.signals.length ? `  [${[...new Set(c.signals.map((s) => s.kind))].join(', ')}]` : '';
    lines.push(`${`${line}:${column}`.padStart(8)}  ${excerpt(who, 36)}${resolved} (${c.sourceKind})  ${c.cueText} (${c.cueKind}, ${c.quoteKind})`);
    lines.push(`          ${excerpt(c.contentText, 110)}${signals}`);
  }
  return lines.join('\n');
}
