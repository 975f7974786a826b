import type { Chart } from './chart';

/**
 * The messages between the attribution report's webview and the extension.
 * What the webview sends is checked field by field (parseWebviewMessage)
 * before the extension acts on it: a webview runs article-derived text, so
 * its messages are input like any other. No imports but types: the webview's
 * bundle holds this file.
 */

export type Scope = 'article' | 'workspace';
export const SCOPES: readonly Scope[] = ['article', 'workspace'];
export type ExportFormat = 'svg' | 'csv';

/** What the extension posts: the charts of one scope, under a heading saying what they cover. */
export interface ReportMessage {
  type: 'report';
  scope: Scope;
  heading: string;
  /** Why the charts are empty, when they are (no article open, nothing analysed yet). */
  note?: string;
  charts: Chart[];
}

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'scope'; scope: Scope }
  | { type: 'filter'; chart: string; key: string }
  | { type: 'export'; format: ExportFormat };

/** The longest chart id or bar key a message may carry (a file's URI is a bar's key). */
const MAX = 4096;
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX;

/** A message from the webview as what it asks for, or undefined for anything else (wrong type, missing or extra-long fields, unknown values). */
export function parseWebviewMessage(m: unknown): WebviewMessage | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready':
      return { type: 'ready' };
    case 'scope':
      return o.scope === 'article' || o.scope === 'workspace' ? { type: 'scope', scope: o.scope } : undefined;
    case 'filter':
      return text(o.chart) && text(o.key) ? { type: 'filter', chart: o.chart, key: o.key } : undefined;
    case 'export':
      return o.format === 'svg' || o.format === 'csv' ? { type: 'export', format: o.format } : undefined;
    default:
      return undefined;
  }
}
