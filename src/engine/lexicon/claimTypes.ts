/**
 * The words that decide a claim's type (classify/claimType.ts): what the cue
 * says the source did with the content. Written from docs/claim-types.md and
 * from the most frequent cue words of PolNeAR train (never dev). Data only.
 */

/** Cue words of a state of mind: believing, feeling, wanting, planning, standing for or against. */
export const POSITION_WORDS = new Set((
  'think believe feel hope fear expect anticipate suspect doubt consider regard view see know understand realize realise ' +
  'recognize recognise assume presume suppose guess imagine trust reckon worry want wish plan intend aim seek try attempt ' +
  'mean support back oppose favor favour prefer agree disagree endorse embrace accept deem judge remember seem appear ' +
  'sound look tend need hesitate struggle determine convince confident concerned concern worried eager likely determined ' +
  'frustrated frustration angry anger upset skeptical sceptical hopeful optimistic pessimistic sure certain unsure afraid ' +
  'aware belief view views opinion position stance support opposition endorsement preference desire intention goal ' +
  'wary keen willing ready inclined prepared open interested committed convinced comfortable happy unhappy pleased disappointed ' +
  'proud satisfied dissatisfied alarmed troubled puzzled surprised shocked disturbed outraged furious critical disagreement ' +
  'disagreements supportive'
).split(' '));

/** Cue words of research and evidence: what a poll, a study or data found or showed. */
export const FINDING_WORDS = new Set((
  'find show suggest reveal indicate estimate conclude project measure rank count determine demonstrate confirm ' +
  'document record track calculate predict forecast put tally identify discover detect'
).split(' '));

/** Sources that are research or evidence (the finding kind). */
export const RESEARCH_SOURCE = /\b(?:polls?|polling|pollsters?|surveys?|stud(?:y|ies)|analys[ie]s|data|audits?|investigations?|census|research|researchers|findings?|figures|statistics|numbers|tall(?:y|ies)|models?|forecasts?|estimates?|index|records|evidence|videos?|footage|recordings?|tests?|experiments?|trials?|exit polls?|projections?|review|inquiry|probe|report)\b/i;

/** Cue words of something done, undergone, perceived or liked: no claim anyone made. */
export const OTHER_WORDS = new Set((
  'like love hate admire despise enjoy adore dislike vote sentence appoint nominate elect resign win won beat lose lost defeat ' +
  'spend spent launch sign pass hire fire shoot shot hit kill arrest charge convict jail sue file take took taken go went come ' +
  'came begin began start open join return put give gave sent send provide introduce include remain celebrate cheer watch ' +
  'hear heard notice witness observe smell taste decide refuse decline avoid fail allow let run ran lead led travel visit meet ' +
  'met attend host hold held leave left become became get got keep kept set play pay paid buy sell sold build built move ' +
  'work serve served raise raised donate fund invest cut block veto approve ban order mock ridicule laugh smile cry weep ' +
  'applaud boo chant nod shrug wave indict acquit oust quit died die detain impeach expel reelect seize unleash ignore stop ' +
  'expand require impose establish divide bring brought mount explore create help'
).split(' '));

/**
 * Verbs that are an action done to the source when passive ("was named
 * chairman", "was released on bail", "was sworn in") but may be saying when
 * active ("named the suspect", "released a statement", "dismissed the claim").
 */
export const PASSIVE_OTHER_WORDS = new Set((
  'name release dismiss bar choose chosen select pick tap promote honor honour award remove suspend swear sworn ' +
  'free drop replace transfer demote discharge bury injure wound'
).split(' '));

/** Cue words of saying that make a statement even with a research source ("the report said", "the poll asked"). */
export const SAYING_WORDS = new Set((
  'say tell according add state announce declare explain write tweet post speak talk comment remark mention note claim ' +
  'assert insist maintain argue contend allege admit concede confess acknowledge deny reject dispute refute reply respond ' +
  'answer retort counter testify swear vow pledge promise warn caution urge advise recommend propose describe call label ' +
  'accuse blame criticize criticise condemn denounce slam blast attack praise hail laud thank complain lament boast joke ' +
  'quip recall reiterate repeat emphasize emphasise stress underscore highlight disclose ask question demand request ' +
  'cite quote read shout yell scream whisper email text message scold rebuke assure reassure question challenge contest ' +
  'threaten apologize apologise report release issue publish make express voice raise tout defend dismiss downplay ' +
  'credit refer list name portray paint characterize characterise dub term brand plead interject signal hint imply ' +
  'insinuate decry bemoan rail fume vent chide lash fault echo invoke address discuss debate focus weigh vouch ' +
  'attribute compare reference present outline predict suggest charge chant confirm indicate conclude offer sound press'
).split(' '));
