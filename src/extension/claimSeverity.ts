import { type Claim, speakerOf, unquoted } from '../engine/index';
import { DEFAULT_POSITION_SEVERITY, type SeverityCategory, type SeverityName } from './contract';
import { l10n } from './l10n';
import { excerpt, SOURCE_KIND_LABEL, TYPE_LABEL } from './labels';

/** What a claim's diagnostic says and how severe it is (pure: diagnostics.ts turns this into VS Code's diagnostics). */

/** The categories a claim falls in: one for its source, one more for a loaded, denying or accusing cue. */
export function categories(c: Claim): SeverityCategory[] {
  const source: SeverityCategory = c.sourceKind === 'anonymous' ? 'anonymous' : c.sourceKind === 'vague' ? 'vague'
    : c.sourceKind === 'pronoun' ? 'unresolvedPronoun' : c.sourceKind === 'none' ? 'noSource' : 'named';
  const cue: SeverityCategory[] = c.cueKind === 'loaded' ? ['loaded'] : c.cueKind === 'denial' ? ['denial'] : c.cueKind === 'accusation' ? ['accusation'] : [];
  return [source, ...cue];
}

const RANK: SeverityName[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * A claim's severity and the category that gave it (the diagnostic's code):
 * the most severe of its categories; for a position, no more severe than
 * claimLens.severity.position (so `hint` makes every position a hint,
 * `off` hides them, `error` leaves them to their categories); a claim less
 * confident than `hintBelow` is at most a hint.
 */
export function claimSeverity(c: Claim, severity: Record<SeverityCategory, SeverityName>, position: SeverityName, hintBelow = 0): { worst: SeverityCategory; level: SeverityName } {
  const rank = (s: SeverityName) => RANK.indexOf(s);
  const worst = categories(c).reduce((a, b) => (rank(severity[b]) > rank(severity[a]) ? b : a));
  const level = severity[worst];
  const cap = rank(position) < 0 ? DEFAULT_POSITION_SEVERITY : position;
  const capped = c.type === 'position' && rank(cap) < rank(level) ? cap : level;
  return { worst, level: c.confidence < hintBelow && rank(capped) > rank('hint') ? 'hint' : capped };
}

/** `Who (source kind) — cue: “content” (type)`: what the Problems panel lists. */
export function diagnosticMessage(c: Claim): string {
  const who = speakerOf(c) ?? l10n.t('No source');
  return l10n.t('{0} ({1}) — {2}: “{3}” ({4})', who, SOURCE_KIND_LABEL[c.sourceKind], c.cueText, excerpt(unquoted(c.contentText)), TYPE_LABEL[c.type]);
}
