/**
 * The words that tell what kind of source a phrase is (classify/sourceKind.ts)
 * and which words of a source are no part of a person's name
 * (classify/speakers.ts). Data only.
 *
 * Two title lists stand side by side: NAME_TITLES is what is stripped from a
 * source to find the name in it ("Albanian Prime Minister Edi Rama" → "Edi
 * Rama"), PERSON_TITLE what makes a source a person. They overlap but do not
 * match, and each decides output; merging them is left to the accuracy work.
 */

export const PRONOUNS = new Set([
  'he', 'she', 'it', 'they', 'i', 'we', 'you', 'him', 'her', 'them', 'who', 'which', 'that', 'his', 'its', 'their',
  'this', 'these', 'those', 'one', 'whom', 'me', 'us',
]);

export const MEDIA = /\b(reuters|associated press|ap|afp|agence france|bloomberg|cnn|msnbc|fox news|fox|nbc|abc|cbs|pbs|npr|bbc|al ?jazeera|aljazeera|politico|axios|the hill|new york times|times|washington post|post|wall street journal|journal|guardian|breitbart|usa today|huffington post|buzzfeed|vox|newsweek|time magazine|economist|daily mail|telegraph|le monde|der spiegel|tass|xinhua|irna|state (?:television|tv|media|news agency)|television|tv|newspaper|magazine|news agency|broadcaster|outlet|media outlet|radio|network|channel|tabloid|website|blog|podcast|herald|tribune|gazette|chronicle|courier|examiner|inquirer|dispatch|bulletin|ledger|sentinel|star-ledger|\w+ news)\b/i;
export const VAGUE = /^(?:(?:some|many|most|several|numerous|a number of|various|other|few|a few|certain|countless|plenty of|leading|top|prominent|independent|outside|local|foreign|western|\p{Lu}\p{Ll}+(?:an|ian|ese|ish))\s+)*(?:experts?|critics?|analysts?|observers?|commentators?|pundits?|scientists?|researchers?|economists?|historians?|skeptics?|supporters?|opponents?|detractors?|people|residents|voters|americans|activists|campaigners|rumou?rs?|(?:media |news |press )?reports|studies|research|polls|surveys|conventional wisdom|others|everyone|everybody|nobody|no one|someone|somebody|many|some|most)$/iu;
export const ANONYMOUS = /\b(?:sources?|officials?|insiders?|aides?|diplomats?|advisers?|advisors?|persons?|person familiar|people familiar|people close|someone close|spokesm[ae]n|spokeswom[ae]n|spokespersons?|staffers?|employees?|members?|officers?|agents?|lawmakers?|executives?|investigators?|witnesses?|negotiators?|strategists?|operatives?|allies|associates?|confidants?|a senior|an? (?:senior )?administration)\b/i;
export const DOCUMENT = /\b(?:report|statement|poll|survey|study|letter|filing|document|data|memo|lawsuit|complaint|indictment|ruling|order|bill|law|release|press release|transcript|email|e-mail|tweet|post|video|ad|advertisement|analysis|figures|numbers|records?|census|index|estimate|book|article|op-ed|column|editorial|speech|interview|website|page|footage|audit|review|investigation|findings?|results?)s?$/i;
export const ORGANIZATION = /\b(?:ministry|ministries|government|administration|department|agency|committee|commission|campaign|party|group|organi[sz]ation|company|corporation|firm|council|court|police|army|military|office|union|association|coalition|alliance|movement|foundation|institute|university|college|school|bank|fund|board|bureau|service|services|parliament|congress|senate|house|assembly|cabinet|embassy|regime|authorities|authority|forces|team|club|network|center|centre|society|church|federation|league|caucus|pac|super pac|white house|pentagon|kremlin|state department|fbi|cia|nsa|un|nato|eu|european union|united nations|who|imf|mek|gop|dnc|rnc|inc|corp|llc|ltd)\b/i;
export const PERSON_TITLE = /\b(?:president|minister|secretary|senator|sen|rep|representative|congressman|congresswoman|governor|gov|mayor|spokesm[ae]n|spokeswom[ae]n|spokesperson|chairman|chairwoman|chair|director|chief|leader|ceo|founder|judge|justice|attorney|lawyer|prosecutor|general|gen|colonel|officer|ambassador|candidate|nominee|speaker|king|queen|prince|pope|professor|prof|dr|mr|mrs|ms|author|writer|reporter|columnist|commentator|adviser|advisor|aide|official|manager|strategist|pollster|economist|analyst|expert|host|anchor|actor|actress|singer|star|father|mother|wife|husband|son|daughter|brother|sister|friend|man|woman|boy|girl)\b/i;

/** Words that may precede a name in a source but are not part of it. */
export const NAME_TITLES = /^(?:former|late|then|acting|deputy|vice|prime|foreign|interior|defen[cs]e|finance|state|chief|senior|top|president|minister|secretary|senator|sen\.?|rep\.?|representative|congressman|congresswoman|governor|gov\.?|mayor|spokesm[ae]n|spokeswom[ae]n|spokesperson|chairman|chairwoman|director|leader|ceo|founder|judge|justice|attorney|general|gen\.?|ambassador|candidate|nominee|speaker|king|queen|prince|pope|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|lord|lady|sir|democrat(?:ic)?|republican|party|press|house|white|us|u\.s\.|uk|u\.k\.|eu|un|the|short-time|presidential|majority|minority|whip|ministry|intelligence|national|security|adviser|advisor|commissioner|officer|official|lieutenant|captain|colonel|sergeant|assistant|associate|executive|managing|editor|host|anchor|supreme|court|united|kingdom|states)$/i;

/** One word of PERSON_TITLE on its own ("Secretary", "senator", "spokesman"): made once for the name finder and the descriptions. */
export const PERSON_TITLE_WORD = new RegExp(`^(?:${PERSON_TITLE.source.slice(5, -3)})$`, 'i');

/**
 * Occupations and roles written before a name that are no part of it
 * ("Engineer Lena Park", "Activist Angela Davis": classify/names.ts), beside
 * the titles above.
 */
export const ROLE_NOUNS = /^(?:engineer|councillor|councilor|councilman|councilwoman|alderman|reporter|coach|teacher|nurse|firefighter|paramedic|farmer|owner|resident|student|voter|worker|organizer|organiser|volunteer|activist|rival|retired|businessman|businesswoman|billionaire|comedian|journalist|novelist|economist|historian|pastor|rabbi|bishop|imam|coach|player|veteran|lawmaker|candidate|chancellor|premier|commissioner|inspector|superintendent|sheriff|detective|sergeant|trooper|cardinal|sheikh|ayatollah|emir|mullah)$/i;

/** Heads of a description that name a person's role ("the premier", "the New York businessman": classify/descriptions.ts). */
export const ROLES = /^(?:businessman|businesswoman|billionaire|premier|lawmaker|nominee|candidate|incumbent|challenger|congressman|congresswoman|senator|governor|mayor|president|executive|founder|owner|coach|player|star|lawyer|attorney|judge|justice|prosecutor|chief|chairman|chairwoman|spokesman|spokeswoman|spokesperson|minister|secretary|ambassador|commissioner|leader|host|anchor|author|economist|analyst|adviser|advisor|aide|official|activist|veteran|officer|director|manager|general|diplomat|envoy|king|queen|prince|monarch|pope|cleric|pastor|professor|scientist|researcher|doctor|physician|reporter|journalist|columnist|editor|publisher|singer|actor|actress|comedian|rapper|billionaire|mogul|tycoon|magnate|developer|entrepreneur|investor|banker|ceo)$/;
