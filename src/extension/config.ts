import * as vscode from 'vscode';
import { type ReviewType, shownTypes } from '../review/claimTypes';
import { DEFAULT_SCALE } from '../review/verdicts/index';
import { EXCLUDE_GLOBS, includeGlobs } from '../review/corpus/articleFiles';
import { DEFAULT_HINT_BELOW_CONFIDENCE, DEFAULT_POSITION_SEVERITY, DEFAULT_SEVERITY, SEVERITY_CATEGORIES, type SeverityCategory, type SeverityName } from './contract';

export { DEFAULT_SEVERITY, SEVERITY_CATEGORIES, SETTING_KEYS, type SeverityCategory, type SeverityName } from './contract';

/**
 * Every Claim Lens setting is read here and nowhere else: one typed contract
 * (the way vscode-eslint's settings.ts is). Adding a setting: declare it in
 * package.json, read it in one of the three functions below, add its key to
 * SETTING_KEYS in contract.ts (a test checks both lists match), and document it in the
 * README's settings table (docs/architecture.md).
 */

export type RunMode = 'onType' | 'onSave' | 'manual';
/** claimLens.language: `auto` skips a document that reads as another language than English; `en` analyses every one. */
export type Language = 'auto' | 'en';

/** What decides whether and how a document is analysed and shown, for its scope (a folder may set these). */
export interface Settings {
  enabled: boolean;
  severity: Record<SeverityCategory, SeverityName>;
  /** The most severe a position claim's diagnostic can be. */
  positionSeverity: SeverityName;
  /** The claim types the editor shows (claimLens.types); never `other`. */
  types: ReviewType[];
  /** Claims less confident than this are not shown (claimLens.confidence.minimum). */
  minConfidence: number;
  /** Claims less confident than this are at most hints (claimLens.confidence.hintBelow). */
  hintBelowConfidence: number;
  languages: string[];
  language: Language;
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
    positionSeverity: c.get<SeverityName>('severity.position', DEFAULT_POSITION_SEVERITY),
    types: shownTypes(c.get<unknown>('types')),
    minConfidence: fraction(c.get<unknown>('confidence.minimum'), 0),
    hintBelowConfidence: fraction(c.get<unknown>('confidence.hintBelow'), DEFAULT_HINT_BELOW_CONFIDENCE),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    language: c.get<unknown>('language') === 'en' ? 'en' : 'auto',
    run: c.get<RunMode>('run', 'onType'),
    maxFileSize: c.get<number>('maxFileSize', 1_000_000),
    debounceMs: c.get<number>('debounceMs', 300),
  };
}

/** The workspace index's settings for a folder (claimLens.workspace.*; a folder may set them). */
export interface WorkspaceIndexSettings {
  /** Index this folder when Claim Lens starts (claimLens.workspace.index). */
  index: boolean;
  /** Globs of the files indexed, relative to the folder: by default the extensions of the analysed languages. */
  include: string[];
  exclude: string[];
}

export function workspaceIndexSettings(folder: vscode.Uri): WorkspaceIndexSettings {
  const c = vscode.workspace.getConfiguration('claimLens', folder);
  const globs = (v: unknown) => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : []);
  const include = globs(c.get<unknown>('workspace.include'));
  const exclude = c.get<unknown>('workspace.exclude');
  return {
    index: c.get<unknown>('workspace.index') === true,
    include: include.length ? include : includeGlobs(settings(folder).languages),
    exclude: Array.isArray(exclude) ? globs(exclude) : [...EXCLUDE_GLOBS],
  };
}

/** Turns Claim Lens on or off everywhere (Toggle Claim Lens). */
export function setEnabled(on: boolean): Thenable<void> {
  return vscode.workspace.getConfiguration('claimLens').update('enable', on, vscode.ConfigurationTarget.Global);
}

/** Settings of the review work that a workspace may set: the rating scale, the ClaimReview author, lookup details. */
export interface ReviewSettings {
  scale: string[] | undefined;
  organization: string | undefined;
  reviewUrl: string | undefined;
  languageCode: string | undefined;
  timeoutMs: number;
}

/** The ratings Rate Claim… offers (claimLens.verdicts.scale, else the default scale). */
export function ratingScale(): string[] {
  return reviewSettings().scale ?? [...DEFAULT_SCALE];
}

export function reviewSettings(): ReviewSettings {
  const c = vscode.workspace.getConfiguration('claimLens');
  const scale = c.get<string[]>('verdicts.scale');
  return {
    scale: Array.isArray(scale) && scale.length ? scale : undefined,
    organization: c.get<string>('claimReview.organization') || undefined,
    reviewUrl: c.get<string>('claimReview.reviewUrl') || undefined,
    languageCode: c.get<string>('factCheck.languageCode') || undefined,
    timeoutMs: c.get<number>('factCheck.timeoutMs', 8000),
  };
}

/**
 * The settings that decide whether anything leaves the machine and where it
 * goes, and what is written on and where the user's verdicts go: as the
 * user's own settings (or the defaults) hold them, never as a workspace or a
 * folder sets them. package.json makes them application-scoped (they follow
 * the user through Settings Sync) and restricted in untrusted workspaces, so
 * VS Code ignores a cloned repository's `.vscode/settings.json` for them;
 * reading them through `inspect` ignores a workspace value even on a VS Code
 * that would honour one.
 */
export interface UserSettings {
  lookup: boolean;
  apiBaseUrl: string | undefined;
  /** Any value: checked where it is used. */
  searchUrlTemplates: unknown;
  author: unknown;
  location: 'beside' | 'workspaceStorage';
}

function userValue<T>(key: string): T | undefined {
  const value = vscode.workspace.getConfiguration('claimLens').inspect<T>(key);
  return value?.globalValue ?? value?.defaultValue;
}

export function userSettings(): UserSettings {
  return {
    lookup: userValue<boolean>('factCheck.lookup') === true,
    apiBaseUrl: userValue<string>('factCheck.apiBaseUrl') || undefined,
    searchUrlTemplates: userValue<unknown>('factCheck.searchUrlTemplates'),
    author: userValue<unknown>('verdicts.author'),
    location: userValue<string>('verdicts.location') === 'workspaceStorage' ? 'workspaceStorage' : 'beside',
  };
}

/** Schemes that hold documents a person writes; output panels, git and comment inputs are left alone. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);

export function isArticle(doc: vscode.TextDocument): boolean {
  if (!DOCUMENT_SCHEMES.has(doc.uri.scheme)) return false;
  const s = settings(doc);
  return s.enabled && s.languages.includes(doc.languageId);
}

/** A setting that must be a number in [0, 1]; anything else (a hand-edited string, NaN) is the default. */
function fraction(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : fallback;
}
