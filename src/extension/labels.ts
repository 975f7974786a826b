import type { ClaimType, CueKind, QuoteKind, SignalKind, SourceKind } from '../engine/index';

/** Words a reader sees for each kind, shared by diagnostics, hovers, the tree and the status item. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  person: 'named person', organization: 'organisation', media: 'media', anonymous: 'anonymous source',
  vague: 'vague source', pronoun: 'unresolved pronoun', document: 'document', none: 'no source',
};
export const CUE_KIND_LABEL: Record<CueKind, string> = {
  neutral: 'neutral', loaded: 'loaded verb', denial: 'denial', accusation: 'accusation', other: 'other',
};
export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote', indirect: 'indirect (paraphrase)', mixed: 'partly quoted', 'according-to': '“according to”',
};
/** The claim's type (docs/claim-types.md), as the diagnostic message, the hover and the Claims view say it. */
export const TYPE_LABEL: Record<ClaimType, string> = {
  statement: 'statement', finding: 'finding', position: 'position', other: 'other',
};
/** What each type means, for the hover and the Claims view's type filter. */
export const TYPE_MEANING: Record<ClaimType, string> = {
  statement: 'the source said or wrote it', finding: 'a study, poll or data showed it',
  position: 'what the source believes, wants or plans', other: 'an action or event, not a claim',
};
export const SIGNAL_LABEL: Record<SignalKind, string> = {
  figure: 'figure', date: 'date', comparison: 'comparison', prediction: 'prediction',
};

export { excerpt } from '../engine/index';
