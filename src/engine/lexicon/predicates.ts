/**
 * Predicates of attribution: the words that can say who said what. Data only.
 *
 * Three lists of the same knowledge stand here side by side, kept apart on
 * purpose until the accuracy work merges them (it retrains the models
 * anyway): CUE_FEATURE_KINDS is a feature of the cue model (merging it would
 * change the trained model), CUE_KINDS decides a claim's cueKind in the
 * output, REPORTING_VERB_FORMS and POSSESSED_CUES add cues the tagger passed
 * by. A word in one and not in another is therefore no oversight to fix here.
 */
import type { CueKind } from '../types';

/**
 * Words that can carry an attribution, by kind: a prior for the cue tagger on
 * words it saw seldom in training (1 saying and writing, 2 thinking and
 * feeling, 3 wanting and planning, 4 nouns of saying and showing). Written
 * from general knowledge of English reporting, cognition and intention
 * predicates, not taken from a corpus.
 */
export const CUE_FEATURE_KINDS: [number, string][] = [
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

/** The kind of a cue, by its base form (classify/cueKind.ts). */
export const CUE_KINDS: Record<string, CueKind> = {};
function kind(k: CueKind, words: string): void {
  for (const w of words.split(' ')) CUE_KINDS[w] = k;
}
kind('neutral', 'say tell according add state report announce explain write speak describe comment respond reply answer remark ' +
  'testify mention quote tweet post continue observe explain repeat reiterate recount recall inform cite');
kind('loaded', 'claim admit insist concede reveal note confess boast allege acknowledge maintain contend assert proclaim brag ' +
  'complain lament declare swear vow pledge promise argue stress emphasize emphasise point');
kind('denial', 'deny reject dismiss refute dispute rebut disavow contradict');
kind('accusation', 'accuse blame charge criticize criticise condemn attack slam blast denounce fault lash');
// States of mind are claims of type position (classify/claimType.ts); their cue is neutral.
kind('neutral', 'think believe feel hope fear expect suspect doubt consider want know see view seem appear worry wonder ' +
  'suggest predict estimate reckon assume guess imagine trust');

/**
 * Verb forms that report a claim every time they occur, whatever the clause
 * around them: denials and accusations. Where the cue tagger passed one by, it
 * is added as a cue all the same. (Common verbs of saying used to be on this
 * list too; the cue tagger now finds them, and where it passes one by the
 * annotators mostly did as well: on PolNeAR dev those additions were right 26
 * times in 61.)
 */
export const REPORTING_VERB_FORMS = new Set('denied denies deny denying accused accuses accusing'.split(' '));
/** Nouns of saying that make a claim when something owns them. */
export const POSSESSED_CUES = new Set(['claim', 'claims', 'allegation', 'allegations', 'assertion', 'accusation', 'accusations',
  'denial', 'insistence', 'contention', 'warning', 'promise', 'pledge', 'argument', 'suggestion']);
/**
 * What is denied someone when "deny" means withhold, not gainsay: "denied
 * bail", "deny him the nomination", "denying marriage licenses to couples"
 * (extract/rules/denyWithholding.ts). Written from general usage.
 */
export const WITHHELD = new Set(('bail entry access admission service services care coverage benefit benefits license licenses licence ' +
  'licences permit permits permission visa visas asylum parole tenure overtime right rights opportunity opportunities chance ' +
  'nomination victory seat seats hearing vote votes request requests status passage treatment protection protections custody ' +
  'citizenship membership credentials food water shelter'
).split(' '));
