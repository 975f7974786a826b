import { l10n } from './l10n';

/** Counts as the views, the status item and the symbols say them (`1 claim`, `2,345 claims`), one literal message per form for translation. */
const num = (n: number) => n.toLocaleString('en');

export const articlesCount = (n: number) => (n === 1 ? l10n.t('1 article') : l10n.t('{0} articles', num(n)));
export const claimsCount = (n: number) => (n === 1 ? l10n.t('1 claim') : l10n.t('{0} claims', num(n)));
export const filesCount = (n: number) => (n === 1 ? l10n.t('1 file') : l10n.t('{0} files', num(n)));
export const otherArticlesCount = (n: number) => (n === 1 ? l10n.t('1 other article') : l10n.t('{0} other articles', num(n)));
export const moreSpeakersCount = (n: number) => (n === 1 ? l10n.t('1 more speaker') : l10n.t('{0} more speakers', num(n)));
