import { l10n } from './l10n';
import type { ClaimType, CueKind, QuoteKind, SignalKind, SourceKind } from '../engine/index';

/**
 * Words a reader sees for each kind, shared by diagnostics, hovers, the tree
 * and the status item: getters, so each is translated when it is read (after
 * activation has set the translator), not when this module loads.
 */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  get person() { return l10n.t('named person'); },
  get organization() { return l10n.t('organisation'); },
  get media() { return l10n.t('media'); },
  get anonymous() { return l10n.t('anonymous source'); },
  get vague() { return l10n.t('vague source'); },
  get pronoun() { return l10n.t('unresolved pronoun'); },
  get document() { return l10n.t('document'); },
  get none() { return l10n.t('no source'); },
};
export const CUE_KIND_LABEL: Record<CueKind, string> = {
  get neutral() { return l10n.t('neutral'); },
  get loaded() { return l10n.t('loaded verb'); },
  get denial() { return l10n.t('denial'); },
  get accusation() { return l10n.t('accusation'); },
  get other() { return l10n.t('other'); },
};
export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  get direct() { return l10n.t('direct quote'); },
  get indirect() { return l10n.t('indirect (paraphrase)'); },
  get mixed() { return l10n.t('partly quoted'); },
  get 'according-to'() { return l10n.t('“according to”'); },
};
/** The claim's type (docs/claim-types.md), as the diagnostic message, the hover and the Claims view say it. */
export const TYPE_LABEL: Record<ClaimType, string> = {
  get statement() { return l10n.t('statement'); },
  get finding() { return l10n.t('finding'); },
  get position() { return l10n.t('position'); },
  get other() { return l10n.t('other'); },
};
/** What each type means, for the hover and the Claims view's type filter. */
export const TYPE_MEANING: Record<ClaimType, string> = {
  get statement() { return l10n.t('the source said or wrote it'); },
  get finding() { return l10n.t('a study, poll or data showed it'); },
  get position() { return l10n.t('what the source believes, wants or plans'); },
  get other() { return l10n.t('an action or event, not a claim'); },
};
export const SIGNAL_LABEL: Record<SignalKind, string> = {
  get figure() { return l10n.t('figure'); },
  get date() { return l10n.t('date'); },
  get comparison() { return l10n.t('comparison'); },
  get prediction() { return l10n.t('prediction'); },
};

export { excerpt } from '../engine/index';
