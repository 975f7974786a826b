import type { NameMention } from './names';
import { lastName, type Resolved, titleCase } from './speakerContext';

/**
 * A surname that no earlier full name explains ("Trump" in a headline) takes
 * the first full name the text gives for it later. Made afresh on every
 * analysis (a later edit may add the name), in one pass over the names.
 */
export function completeShortNames(results: Resolved[], names: NameMention[]): Resolved[] {
  let bySurname: Map<string, NameMention> | undefined;
  let forces: Map<string, NameMention> | undefined;
  return results.map((r) => {
    // "police" all through an article that names the force once, late ("the Charlotte-Mecklenburg police chief").
    const bare = r.kind === 'organization' && r.speaker ? /^(?:the\s+)?(police|authorities|prosecutors|firefighters)$/i.exec(r.speaker.name) : null;
    if (bare) {
      if (!forces) {
        forces = new Map();
        for (const n of names) if (n.force && !forces.has(n.force)) forces.set(n.force, n);
      }
      const force = forces.get(bare[1].toLowerCase());
      return force ? { speaker: { name: force.name, from: force.span }, kind: 'organization' } : r;
    }
    if (r.kind !== 'person' || !r.speaker || r.speaker.from || r.speaker.name.includes(' ') || r.speaker.name === 'the author') return r;
    if (!bySurname) {
      bySurname = new Map();
      for (const n of names) {
        const last = lastName(n.name);
        if (n.person && !bySurname.has(last)) bySurname.set(last, n);
      }
    }
    const full = bySurname.get(titleCase(r.speaker.name));
    return full ? { speaker: { name: full.name, from: full.span }, kind: 'person' } : r;
  });
}

