import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave' | 'manual';

export const SEVERITY_CATEGORIES = ['named', 'anonymous', 'vague', 'unresolvedPronoun', 'noSource', 'loaded', 'denial', 'accusation'] as const;
export type SeverityCategory = (typeof SEVERITY_CATEGORIES)[number];
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const DEFAULT_SEVERITY: Record<SeverityCategory, SeverityName> = {
  named: 'hint', anonymous: 'information', vague: 'information', unresolvedPronoun: 'information', noSource: 'information',
  loaded: 'information', denial: 'hint', accusation: 'hint',
};

export interface Settings {
  enabled: boolean;
  severity: Record<SeverityCategory, SeverityName>;
  languages: string[];
  run: RunMode;
  maxFileSize: number;
  debounceMs: number;
}

/** Claim Lens settings for a document's scope. */
export function settings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('claimLens', scope);
  return {
    enabled: c.get<boolean>('enable', true),
    severity: Object.fromEntries(SEVERITY_CATEGORIES.map((k) => [k, c.get<SeverityName>(`severity.${k}`, DEFAULT_SEVERITY[k])])) as Record<SeverityCategory, SeverityName>,
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    run: c.get<RunMode>('run', 'onType'),
    maxFileSize: c.get<number>('maxFileSize', 1_000_000),
    debounceMs: c.get<number>('debounceMs', 300),
  };
}

/** Schemes that hold documents a person writes; output panels, git and comment inputs are left alone. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);

export function isArticle(doc: vscode.TextDocument): boolean {
  if (!DOCUMENT_SCHEMES.has(doc.uri.scheme)) return false;
  const s = settings(doc);
  return s.enabled && s.languages.includes(doc.languageId);
}
