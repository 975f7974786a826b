import { drain } from '../run/steps';
import type { NameMention } from './names';
import { lastName, type Resolved, titleCase } from './speakerContext';

/**
 * A surname that no earlier full name explains ("Trump" in a headline) takes
 * the first full name the text gives for it later. Made afresh on every
 * analysis (a later edit may add the name), in one pass over the names.
 */
export function completeShortNames(results: Resolved[], names: NameMention[]): Resolved[] {
  return drain(completeShortNameSteps(results, names, Infinity));
}

/** completeShortNames as a generator that pauses after every `per` results and while it gathers the names, for long texts. */
export function* completeShortNameSteps(results: Resolved[], names: NameMention[], per: number): Generator<void, Resolved[]> {
  let bySurname: Map<string, NameMention> | undefined;
  let forces: Map<string, NameMention> | undefined;
  const out = new Array<Resolved>(results.length);
  for (let i = 0; i < results.length; i++) {
    if (i > 0 && i % per === 0) yield;
    out[i] = complete(results[i], i);
  }
  return out;

  function complete(r: Resolved, i: number): Resolved {
    // A headline's "Poll:" or "A new poll shows" before the article names it ("the latest Reuters/Ipsos poll"): that poll.
    if (r.speaker && !r.speaker.from && BARE_POLL.test(r.speaker.name)) {
      for (let k = i + 1; k < results.length; k++) {
        const later = results[k].speaker;
        if (later && isNamedPoll(later.name)) return { speaker: later, kind: results[k].kind };
      }
      return r;
    }
    // "police" all through an article that names the force once, late ("the Charlotte-Mecklenburg police chief").
    const bare = r.kind === 'organization' && r.speaker ? /^(?:the\s+)?(police|authorities|prosecutors|firefighters)$/i.exec(r.speaker.name) : null;
    if (bare) {
      forces ??= firstBy(names, (n) => n.force);
      const force = forces.get(bare[1].toLowerCase());
      return force ? { speaker: { name: force.name, from: force.span }, kind: 'organization' } : r;
    }
    if (r.kind !== 'person' || !r.speaker || r.speaker.from || r.speaker.name.includes(' ') || r.speaker.name === 'the author') return r;
    bySurname ??= firstBy(names, (n) => (n.person ? lastName(n.name) : undefined));
    const full = bySurname.get(titleCase(r.speaker.name));
    return full ? { speaker: { name: full.name, from: full.span }, kind: 'person' } : r;
  }
}

/** A poll or survey the source does not name: "Poll", "a new poll", "the latest survey". */
const BARE_POLL = /^(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent)\s+)?(?:poll|survey)$/i;

/** A poll the article names: a capitalised word before "poll" or "survey" ("Bloomberg poll", "Reuters/Ipsos opinion poll"). */
function isNamedPoll(name: string): boolean {
  const m = /^(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent)\s+)?(.+?)\s+(?:poll|survey)$/i.exec(name);
  return !!m && /(?:^|\s)\p{Lu}/u.test(m[1]);
}

/** The first name of the text under each key. */
function firstBy(names: NameMention[], key: (n: NameMention) => string | undefined): Map<string, NameMention> {
  const out = new Map<string, NameMention>();
  for (const n of names) {
    const k = key(n);
    if (k !== undefined && !out.has(k)) out.set(k, n);
  }
  return out;
}

