/**
 * The extension's contract with package.json, as data (no vscode import, so
 * unit tests read it too): its commands and its settings. A unit test checks
 * both against package.json; an integration test checks the commands against
 * those the running extension has registered.
 */

/**
 * Every command Claim Lens has, in one typed table (the way cspell's
 * commands.mts lists its handlers): features register theirs through
 * registerCommand (commands.ts), so an id that is not here does not compile.
 */
export const COMMANDS = {
  analyzeDocument: 'claimLens.analyzeDocument',
  showClaims: 'claimLens.showClaims',
  refreshClaims: 'claimLens.refreshClaims',
  groupBySpeaker: 'claimLens.groupBySpeaker',
  groupByKind: 'claimLens.groupByKind',
  groupByOrder: 'claimLens.groupByOrder',
  filterClaims: 'claimLens.filterClaims',
  revealClaim: 'claimLens.revealClaim',
  selectClaim: 'claimLens.selectClaim',
  claimsSnapshot: 'claimLens.claimsSnapshot',
  nextClaim: 'claimLens.nextClaim',
  previousClaim: 'claimLens.previousClaim',
  copyClaim: 'claimLens.copyClaim',
  toggle: 'claimLens.toggle',
  searchFactChecks: 'claimLens.searchFactChecks',
  rateClaim: 'claimLens.rateClaim',
  rateClaimInteractive: 'claimLens.rateClaimInteractive',
  exportClaims: 'claimLens.exportClaims',
  filterByVerdict: 'claimLens.filterByVerdict',
  filterByType: 'claimLens.filterByType',
  filterBySpeaker: 'claimLens.filterBySpeaker',
  showReport: 'claimLens.showReport',
  reportSnapshot: 'claimLens.reportSnapshot',
  lookUpFactChecks: 'claimLens.lookUpFactChecks',
  lookUpFactChecksInteractive: 'claimLens.lookUpFactChecksInteractive',
  setFactCheckApiKey: 'claimLens.setFactCheckApiKey',
  openSample: 'claimLens.openSample',
  indexWorkspace: 'claimLens.indexWorkspace',
  showWorkspaceScope: 'claimLens.showWorkspaceScope',
  showArticleScope: 'claimLens.showArticleScope',
  openIndexedClaim: 'claimLens.openIndexedClaim',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SEVERITY_CATEGORIES = ['named', 'anonymous', 'vague', 'unresolvedPronoun', 'noSource', 'loaded', 'denial', 'accusation'] as const;
export type SeverityCategory = (typeof SEVERITY_CATEGORIES)[number];
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const DEFAULT_SEVERITY: Record<SeverityCategory, SeverityName> = {
  named: 'hint', anonymous: 'information', vague: 'information', unresolvedPronoun: 'information', noSource: 'information',
  loaded: 'information', denial: 'hint', accusation: 'hint',
};

/**
 * The most severe a position claim's diagnostic can be (claimLens.severity.position):
 * it caps the severity its source and cue categories give (docs/diagnostics.md).
 */
export const DEFAULT_POSITION_SEVERITY: SeverityName = 'hint';

/** Claims less confident than this are at most hints (claimLens.confidence.hintBelow). */
export const DEFAULT_HINT_BELOW_CONFIDENCE = 0.5;

/** Every key under claimLens.* that Claim Lens reads (package.json declares exactly these). */
export const SETTING_KEYS = [
  'enable', 'languages', 'language', 'run', 'maxFileSize', 'debounceMs', 'types', ...SEVERITY_CATEGORIES.map((k) => `severity.${k}` as const), 'severity.position',
  'confidence.minimum', 'confidence.hintBelow',
  'verdicts.scale', 'verdicts.author', 'verdicts.location', 'claimReview.organization', 'claimReview.reviewUrl',
  'factCheck.lookup', 'factCheck.apiBaseUrl', 'factCheck.languageCode', 'factCheck.timeoutMs', 'factCheck.searchUrlTemplates',
  'workspace.index', 'workspace.include', 'workspace.exclude',
] as const;
