import { type Analysis, type Claim, excerpt, lineIndex, speakerOf } from '../engine/index';
import { claimToBrat, writeBrat } from '../review/brat';
import { plural, shown } from './messages';

/** The claims as brat standoff in PolNeAR's layout (code-point offsets). */
export function toBratFile(text: string, claims: Claim[]): string {
  return writeBrat(claims.map(claimToBrat), text);
}

/** A readable table: position, type, speaker and kind, cue and kind, content; control characters (of a file name, of the article) escaped. */
export function toText(file: string, text: string, analysis: Analysis): string {
  const at = lineIndex(text);
  const lines = [`${file}: ${plural(analysis.claims.length, 'claim')}`];
  for (const c of analysis.claims) {
    const { line, column } = at(c.cue[0].start);
    const who = speakerOf(c) ?? '(no source)';
    const resolved = c.speaker && c.sourceText && c.speaker.name !== c.sourceText.trim() ? ` ← “${c.sourceText}”` : '';
    const signals = c.signals.length ? `  [${[...new Set(c.signals.map((s) => s.kind))].join(', ')}]` : '';
    lines.push(`${`${line}:${column}`.padStart(8)}  ${c.type.padEnd(9)}  ${excerpt(who, 36)}${resolved} (${c.sourceKind})  ${c.cueText} (${c.cueKind}, ${c.quoteKind})`);
    lines.push(`${' '.repeat(21)}${excerpt(c.contentText, 110)}${signals}`);
  }
  return lines.map(shown).join('\n');
}
