/**
 * Word classes (of the lexicon the cue model carries) that mark a verb. Data
 * only. Two sets side by side: VERB_CLASSES lets a reporting verb count as a
 * verb (extract/reportingVerbs.ts); FINITE_VERB_CLASSES is the narrower set a
 * cue must have for its subject to be read off the words before it
 * (extract/rules/subjectBefore.ts). Merging them changes which claims are
 * found: left to the accuracy work.
 */
export const VERB_CLASSES = new Set(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb', 'PerfectTense', '-ed', '-s', '-ing', 'Cap']);
export const FINITE_VERB_CLASSES = new Set(['PastTense', 'PresentTense', 'Verb', 'PerfectTense', '-ed', '-s']);
