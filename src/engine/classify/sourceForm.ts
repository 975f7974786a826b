import type { SourceKind } from '../types';
import type { WordLexicon } from '../model/wordLexicon';
import { type Description, descriptionOf, NAME_END, orgName } from './descriptions';
import { personalNameIn } from './names';

/**
 * What a source's own words say, before any lookup: the name in it, whether
 * that name stands in apposition, the description it is, its head. It depends
 * on the text and kind only, and sources recur on every edit: remembered.
 */
export interface SourceForm {
  /** The personal name in it ("Lena Ortiz" of "Moreau's business partner, Lena Ortiz"). */
  found?: { name: string; start: number };
  /** The name stands after a description and a comma: it is the speaker. */
  apposition: boolean;
  description?: Description;
  /** "Clinton’s campaign" → "the Clinton campaign". */
  camp?: string;
  /** A common noun heads it ("Clinton supporters"): the head as written, else undefined. */
  commonHead?: string;
  /** The name of a body as it gives it. */
  body: string;
}

const forms = new Map<string, SourceForm>();

export function sourceForm(word: string, kind: SourceKind, lexicon: WordLexicon): SourceForm {
  const key = `${kind}\u0000${word}`;
  let f = forms.get(key);
  if (!f) {
    if (forms.size >= 20_000) forms.clear();
    f = formOf(word, kind, lexicon);
    forms.set(key, f);
  }
  return f;
}

function formOf(word: string, kind: SourceKind, lexicon: WordLexicon): SourceForm {
  // "Moreau's business partner, Lena Ortiz", "the state's campaign chairman, Phil Lovas": a name in apposition is the speaker, not the description before it.
  const comma = word.indexOf(',');
  const found = kind === 'person' || comma > 0 ? personalNameIn(word, lexicon) : undefined;
  const apposition = !!found && comma > 0 && found.start > comma && found.name.includes(' ');
  const description = apposition ? undefined : descriptionOf(word);
  const camp = /^(?:\p{Lu}[\p{L}-]+\s+)*(\p{Lu}[\p{L}-]+)[’']s\s+(campaign|administration|camp|team|government)$/u.exec(word);
  // "Clinton supporters", "Scott's family", "a New York judge": a common noun heads the source; a name in it is only a modifier.
  const head = word.split(NAME_END)[0].trim().replace(/[’']s$/, '');
  return {
    found, apposition, description,
    camp: camp ? `the ${camp[1]} ${camp[2]}` : undefined,
    commonHead: /\s\p{Ll}[\p{L}-]*$/u.test(head) ? head : undefined,
    body: orgName(word),
  };
}
