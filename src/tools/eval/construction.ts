import type { BratAttribution } from '../../review/brat';

/** A coarse label for the construction of a gold attribution, for the breakdown. */
export function construction(text: string, a: BratAttribution): string {
  const cue = a.cue.map((s) => text.slice(s.start, s.end)).join(' ').toLowerCase();
  const content = a.content.map((s) => text.slice(s.start, s.end)).join(' ').trim();
  const cueAt = a.cue[0].start;
  if (/according to/.test(cue)) return 'according to';
  if (cue.trim() === ':') return 'colon';
  if (a.source.length === 0) return 'no source';
  const quoted = /^["“]/.test(content);
  const contentAfter = a.content.length > 0 && a.content[0].start > cueAt;
  const sourceAfter = a.source[0].start > cueAt;
  if (a.content.length > 1) return 'split content';
  if (quoted) return contentAfter ? 'direct quote, cue first' : 'direct quote, cue after';
  if (sourceAfter) return 'inverted (said X)';
  if (!contentAfter) return 'content before cue';
  if (/^(say|said|says|saying|told|tell|tells|telling)\b/.test(cue)) return 'X said Y';
  return 'other verb or noun';
}
