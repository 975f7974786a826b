/**
 * Inflected forms and their base forms. Data only. Two tables side by side:
 * IRREGULAR is read by the stemmer (lexicon/stem.ts), whose stems are
 * features of both models; CUE_BASE_FORMS gives a cue's lemma in the output
 * (classify/cueKind.ts), which also strips suffixes its own way. Merging them
 * would change the models' features or the output's cueLemma: left to the
 * accuracy work, which retrains.
 */

/** Base forms of irregular verbs common in reporting, for the stemmer. */
export const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', knew: 'know',
  known: 'know', saw: 'see', seen: 'see', took: 'take', gave: 'give', given: 'give', found: 'find', made: 'make',
  felt: 'feel', held: 'hold', spoke: 'speak', spoken: 'speak', taught: 'teach', heard: 'hear', meant: 'mean',
  read: 'read', led: 'lead', became: 'become', began: 'begin', begun: 'begin', went: 'go', gone: 'go',
  got: 'get', brought: 'bring', sought: 'seek', swore: 'swear', sworn: 'swear', forecast: 'forecast',
  put: 'put', set: 'set', left: 'leave', kept: 'keep', stood: 'stand', understood: 'understand',
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', am: 'be', has: 'have', had: 'have', does: 'do', did: 'do',
  done: 'do', argues: 'argue', argued: 'argue', arguing: 'argue', believes: 'believe', believed: 'believe',
  believing: 'believe', noted: 'note', notes: 'note', noting: 'note', denies: 'deny', denied: 'deny',
  claims: 'claim', claimed: 'claim', claiming: 'claim', quoted: 'quote', quoting: 'quote', quotes: 'quote',
};


/** Base forms of common reporting verbs for a cue's lemma, where the stemmer's stem is no word. */
export const CUE_BASE_FORMS: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell', wrote: 'write', writes: 'write',
  writing: 'write', written: 'write', thought: 'think', thinks: 'think', knew: 'know', knows: 'know', saw: 'see',
  sees: 'see', seen: 'see', found: 'find', finds: 'find', felt: 'feel', feels: 'feel', spoke: 'speak', spoken: 'speak',
  heard: 'hear', read: 'read', sought: 'seek', swore: 'swear', sworn: 'swear', held: 'hold', made: 'make', gave: 'give',
  forecast: 'forecast', according: 'according to', quoted: 'quote',
};
