import type { WordLexicon } from '../model/wordLexicon';
import type { SourceKind } from '../types';

export const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'i', 'we', 'you', 'him', 'her', 'them', 'who', 'which', 'that', 'his', 'its', 'their',
  'this', 'these', 'those', 'one', 'whom', 'me', 'us',
]);

const MEDIA = /\b(reuters|associated press|ap|afp|agence france|bloomberg|cnn|msnbc|fox news|fox|nbc|abc|cbs|pbs|npr|bbc|al ?jazeera|aljazeera|politico|axios|the hill|new york times|times|washington post|post|wall street journal|journal|guardian|breitbart|usa today|huffington post|buzzfeed|vox|newsweek|time magazine|economist|daily mail|telegraph|le monde|der spiegel|tass|xinhua|irna|state (?:television|tv|media|news agency)|television|tv|newspaper|magazine|news agency|broadcaster|outlet|media outlet|radio|network|channel|tabloid|website|blog|podcast)\b/i;
const VAGUE = /^(?:(?:some|many|most|several|numerous|a number of|various|other|few|a few|certain|countless|plenty of|leading|top|prominent|independent|outside|local|foreign|western|\p{Lu}\p{Ll}+(?:an|ian|ese|ish))\s+)*(?:experts?|critics?|analysts?|observers?|commentators?|pundits?|scientists?|researchers?|economists?|historians?|skeptics?|supporters?|opponents?|detractors?|people|residents|voters|americans|activists|campaigners|rumou?rs?|(?:media |news |press )?reports|studies|research|polls|surveys|conventional wisdom|others|everyone|everybody|nobody|no one|someone|somebody|many|some|most)$/iu;
const ANONYMOUS = /\b(?:sources?|officials?|insiders?|aides?|diplomats?|advisers?|advisors?|persons?|person familiar|people familiar|people close|someone close|spokesm[ae]n|spokeswom[ae]n|spokespersons?|staffers?|employees?|members?|officers?|agents?|lawmakers?|executives?|investigators?|witnesses?|negotiators?|strategists?|operatives?|allies|associates?|confidants?|a senior|an? (?:senior )?administration)\b/i;
const DOCUMENT = /\b(?:report|statement|poll|survey|study|letter|filing|document|data|memo|lawsuit|complaint|indictment|ruling|order|bill|law|release|press release|transcript|email|e-mail|tweet|post|video|ad|advertisement|analysis|figures|numbers|records?|census|index|estimate|book|article|op-ed|column|editorial|speech|interview|website|page|footage|audit|review|investigation|findings?|results?)s?$/i;
const ORGANIZATION = /\b(?:ministry|ministries|government|administration|department|agency|committee|commission|campaign|party|group|organi[sz]ation|company|corporation|firm|council|court|police|army|military|office|union|association|coalition|alliance|movement|foundation|institute|university|college|school|bank|fund|board|bureau|service|services|parliament|congress|senate|house|assembly|cabinet|embassy|regime|authorities|authority|forces|team|club|network|center|centre|society|church|federation|league|caucus|pac|super pac|white house|pentagon|kremlin|state department|fbi|cia|nsa|un|nato|eu|european union|united nations|who|imf|mek|gop|dnc|rnc|inc|corp|llc|ltd)\b/i;
const PERSON_TITLE = /\b(?:president|minister|secretary|senator|sen|rep|representative|congressman|congresswoman|governor|gov|mayor|spokesm[ae]n|spokeswom[ae]n|spokesperson|chairman|chairwoman|chair|director|chief|leader|ceo|founder|judge|justice|attorney|lawyer|prosecutor|general|gen|colonel|officer|ambassador|candidate|nominee|speaker|king|queen|prince|pope|professor|prof|dr|mr|mrs|ms|author|writer|reporter|columnist|commentator|adviser|advisor|aide|official|manager|strategist|pollster|economist|analyst|expert|host|anchor|actor|actress|singer|star|father|mother|wife|husband|son|daughter|brother|sister|friend|man|woman|boy|girl)\b/i;

/** What kind of source a text is: a named person, an organisation, a media outlet, an anonymous or vague one, a pronoun. */
export function sourceKindOf(sourceText: string | undefined, lexicon: WordLexicon): SourceKind {
  if (!sourceText) return 'none';
  const text = sourceText.trim().replace(/[’']s$/, '');
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
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
    const capitals = head.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    return capitals.length === head.split(/\s+/).length && capitals.length <= 4 ? 'person' : 'organization';
  }
  return 'vague';
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
