import type { WordLexicon } from '../model/wordLexicon';
import type { SourceKind } from '../types';
import { ANONYMOUS, DOCUMENT, MEDIA, ORGANIZATION, PERSON_TITLE, PRONOUNS, VAGUE } from '../lexicon/sources';

/** What kind of source a text is: a named person, an organisation, a media outlet, an anonymous or vague one, a pronoun. */
export function sourceKindOf(sourceText: string | undefined, lexicon: WordLexicon): SourceKind {
  if (!sourceText) return 'none';
  const text = sourceText.trim().replace(/[’']s$/, '');
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  if (/^@\w+$/.test(text)) return handleKind(text);
  const words = text.split(/\s+/);
  if (VAGUE.test(lower)) return 'vague';
  // "Priya Natarajan, a hydrologist at …": the head is before the comma.
  const head = text.split(',')[0].trim();
  const headLower = head.toLowerCase();
  if (MEDIA.test(headLower) && (!PERSON_TITLE.test(headLower) || /\breport/.test(headLower))) return 'media';
  const named = hasProperName(head, lexicon);
  if (ANONYMOUS.test(headLower) && !named) return 'anonymous';
  const doc = tagsOf(head, lexicon);
  const titled = PERSON_TITLE.test(headLower);
  if (named && (titled || doc.has('#Person')) && !ORGANIZATION.test(lastWord(headLower))) return 'person';
  if (DOCUMENT.test(headLower)) return 'document';
  if (ORGANIZATION.test(headLower)) return 'organization';
  if (doc.has('#Place') && !doc.has('#Person') && words.length <= 3) return 'organization';
  if (doc.has('#Organization')) return 'organization';
  if (titled || doc.has('#Person')) return 'person';
  if (named) {
    const all = head.split(/\s+/);
    const capitals = all.filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length !== all.length || capitals.length > 4) return 'organization';
    // "Presidential Debates": a plural at the end and no first name at the start make no person ("Bill Gates" is one).
    const lastTags = lexicon.tags(all[all.length - 1].toLowerCase());
    const firstName = lexicon.tags(all[0].toLowerCase()).some((t) => /Name$/.test(t));
    return (lastTags.includes('Plural') || lastTags.includes('PresentTense')) && !firstName ? 'organization' : 'person';
  }
  return 'vague';
}

/** A social-media handle ("@CityDesk wrote") is an account, named though not a name: a media or organisation account by its words ("@CityNewsDesk", "@StatePolice"), else a person's. */
function handleKind(handle: string): SourceKind {
  const words = handle.slice(1).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return MEDIA.test(words) ? 'media' : ORGANIZATION.test(words) ? 'organization' : 'person';
}

function lastWord(text: string): string {
  const words = text.split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Does the text contain a capitalised name that is not a title or a nationality? */
export function hasProperName(text: string, lexicon: WordLexicon): boolean {
  return text.split(/\s+/).some((w, i) => {
    if (!/^\p{Lu}\p{Ll}/u.test(w) || PERSON_TITLE.test(w) || ORGANIZATION.test(w)) return false;
    // A capital at the start may only mark the sentence start: "Sources said".
    if (i === 0 && (/^(?:The|A|An|One|Two|Three|Several|Some|Senior|Top|Many|Most|Other|Others)$/.test(w)
      || ANONYMOUS.test(w) || VAGUE.test(w) || DOCUMENT.test(w) || MEDIA.test(w))) return false;
    return !isDemonym(w, lexicon);
  });
}

/** "Iranian", "Albanian", "French": a nationality word, not a name. */
export function isDemonym(word: string, lexicon: WordLexicon): boolean {
  return /^(?:British|Scottish|Irish|Welsh|Danish|Swedish|Polish|Turkish|Finnish|Spanish|English|Dutch|Swiss|Thai)$/.test(word)
    || (/^\p{Lu}/u.test(word) && lexicon.tags(word.toLowerCase()).includes('Demonym'));
}

const GROUPS: Record<string, string> = {
  FemaleName: 'Person', MaleName: 'Person', FirstName: 'Person', LastName: 'Person', Person: 'Person', Honorific: 'Person',
  City: 'Place', Country: 'Place', Place: 'Place', Region: 'Place', Organization: 'Organization', SportsTeam: 'Organization',
};

/** Which of Person, Place, Organization the capitalised words of a phrase carry in compromise's lexicon (no parse). */
function tagsOf(text: string, lexicon: WordLexicon): { has(tag: string): boolean } {
  const found = new Set<string>();
  for (const w of text.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    for (const t of lexicon.tags(w.replace(/[’']s$|[,.;:]$/g, '').toLowerCase())) if (GROUPS[t]) found.add(GROUPS[t]);
  }
  return { has: (tag: string) => found.has(tag.replace('#', '')) };
}
