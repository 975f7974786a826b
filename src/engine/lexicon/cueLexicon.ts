import { stem } from './stem';

/**
 * Words that can carry an attribution, by kind: a prior for the cue tagger on
 * words it saw seldom in training. Written from general knowledge of English
 * reporting, cognition and intention predicates, not taken from a corpus.
 */
const KINDS: [number, string][] = [
  // Saying and writing.
  [1, 'say tell state add announce declare report explain write tweet post speak talk comment remark mention note observe ' +
    'claim assert insist maintain argue contend allege admit concede confess acknowledge confirm deny reject dispute refute ' +
    'reply respond answer retort counter rebut testify swear vow pledge promise warn caution urge advise recommend suggest ' +
    'propose predict forecast estimate project calculate reckon describe characterize portray label brand call dub term ' +
    'accuse blame charge criticize criticise condemn denounce slam blast attack praise hail laud applaud thank congratulate ' +
    'complain lament grumble protest object boast brag joke quip muse recall recount reiterate repeat emphasize emphasise ' +
    'stress underscore highlight reveal disclose divulge leak inform notify tell ask question wonder inquire demand request ' +
    'insinuate imply hint signal indicate show find conclude determine decide rule order direct instruct mock ridicule ' +
    'dismiss downplay defend justify champion endorse back support oppose echo cite quote read shout yell scream whisper ' +
    'mutter sigh write pen email text message chide scold rebuke lambast berate fume rail vent assure reassure concur agree ' +
    'disagree doubt question challenge contest predict guarantee threaten vow acknowledge admit apologize apologise'],
  // Thinking, believing and feeling.
  [2, 'think believe feel consider regard view see know understand realize realise recognize recognise suspect assume ' +
    'presume suppose guess imagine expect anticipate hope fear worry doubt trust reckon figure sense conclude judge deem ' +
    'find learn discover notice hear agree disagree accept'],
  // Wanting, planning and trying.
  [3, 'want wish plan intend aim seek try attempt hope mean vow pledge threaten refuse decline offer prefer choose decide ' +
    'resolve prepare push press lobby campaign call'],
  // Nouns of saying and showing.
  [4, 'statement report claim allegation accusation assertion denial remark comment comments remarks speech interview ' +
    'testimony letter memo memorandum email tweet post poll survey study analysis review investigation audit finding ' +
    'findings document documents filing complaint lawsuit suit warning promise pledge argument suggestion belief view ' +
    'opinion position assessment estimate forecast prediction projection announcement release editorial column op-ed ' +
    'ad advertisement video message note transcript record records data figures evidence account version story article'],
];

const lexicon = new Map<string, number>();
for (const [kind, words] of KINDS) for (const w of words.split(' ')) if (!lexicon.has(stem(w))) lexicon.set(stem(w), kind);

/** The kind of predicate a stem can be (0: none of them). */
export function cueLexiconKind(wordStem: string): number {
  return lexicon.get(wordStem) ?? 0;
}
