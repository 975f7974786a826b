import { type Claim, offsetMap, type Span } from '../engine/index';

/** One attribution read from (or written to) brat standoff, in UTF-16 offsets. */
export interface BratAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** Parses a brat `.ann` file into attributions (E lines), converting code points to UTF-16. */
export function parseBrat(ann: string, text: string): BratAttribution[] {
  const map = offsetMap(text);
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const tab = line.split('\t');
    if (/^T\d+$/.test(tab[0]) && tab.length >= 2) {
      const m = /^\S+ (.+)$/.exec(tab[1]);
      if (!m) continue;
      const parts = m[1].split(';').map((p) => p.trim().split(/\s+/).map(Number));
      if (parts.some((p) => p.length !== 2 || p.some((n) => !Number.isInteger(n)))) continue;
      spans.set(tab[0], parts.map(([a, b]) => ({ start: map.toUtf16(a), end: map.toUtf16(b) })));
    } else if (/^E\d+$/.test(tab[0]) && tab.length >= 2) {
      events.push(tab[1]);
    }
  }
  const out: BratAttribution[] = [];
  for (const e of events) {
    const roles: Record<string, string> = {};
    for (const arg of e.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      if (role && id) roles[role] = id;
    }
    const get = (id: string | undefined) => (id ? spans.get(id) ?? [] : []);
    const cue = get(roles.Cue ?? roles.Attribution);
    if (cue.length === 0) continue;
    out.push({ source: get(roles.Source), cue, content: [...get(roles.Content), ...get(roles.Content2)] });
  }
  return out;
}

/** Writes attributions as brat standoff in PolNeAR's layout, converting UTF-16 to code points. */
export function writeBrat(attributions: BratAttribution[], text: string): string {
  const map = offsetMap(text);
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  const span = (type: string, s: Span[]): string => {
    const id = `T${++t}`;
    const sorted = [...s].sort((a, b) => a.start - b.start);
    const offs = sorted.map((x) => `${map.toCodePoint(x.start)} ${map.toCodePoint(x.end)}`).join(';');
    const body = sorted.map((x) => text.slice(x.start, x.end)).join(' ').replace(/[\r\n\t]+/g, ' ');
    lines.push(`${id}\t${type} ${offs}\t${body}`);
    return id;
  };
  for (const a of attributions) {
    const src = a.source.length ? span('Source', a.source) : undefined;
    const cue = span('Cue', a.cue);
    const con = a.content.length ? span('Content', a.content) : undefined;
    const args = [`Attribution:${cue}`];
    if (src) args.push(`Source:${src}`);
    args.push(`Cue:${cue}`);
    if (con) args.push(`Content:${con}`);
    lines.push(`E${++e}\t${args.join(' ')}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** A claim as a brat attribution: its source, cue and content spans. */
export function claimToBrat(c: Claim): BratAttribution {
  return { source: c.source ? [c.source] : [], cue: c.cue, content: c.content };
}
