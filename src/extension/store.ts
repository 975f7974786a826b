import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { isArticle, settings } from './config';

export type Entry =
  | { state: 'ready'; version: number; analysis: Analysis; ms: number }
  | { state: 'skipped'; version: number; reason: string };

/**
 * The one store of analysis results, per open document. Every feature reads
 * it and listens to its change event; nothing else runs the engine.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its analysis changed or was cleared. */
  readonly onDidChange = this.emitter.event;

  get(uri: vscode.Uri): Entry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Analyses now (cancelling a pending run); stale results never replace newer ones. */
  analyzeNow(doc: vscode.TextDocument): Entry | undefined {
    const key = doc.uri.toString();
    this.cancel(key);
    if (!isArticle(doc) || doc.isClosed) return undefined;
    const text = doc.getText();
    const limit = settings(doc).maxFileSize;
    let entry: Entry;
    if (text.length > limit) {
      entry = { state: 'skipped', version: doc.version, reason: `${text.length.toLocaleString()} characters, over claimLens.maxFileSize (${limit.toLocaleString()})` };
    } else {
      const t0 = Date.now();
      entry = { state: 'ready', version: doc.version, analysis: analyze(text), ms: Date.now() - t0 };
    }
    const current = this.entries.get(key);
    if (current && current.version > entry.version) return current;
    this.entries.set(key, entry);
    this.emitter.fire(doc.uri);
    return entry;
  }

  /** Analyses after the debounce delay; a newer call replaces a pending one. */
  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const wasPending = this.timers.has(key);
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.analyzeNow(doc);
    }, settings(doc).debounceMs));
    if (!wasPending) this.emitter.fire(doc.uri);
  }

  /** Is an analysis of this document waiting to run? */
  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    if (this.entries.delete(key)) this.emitter.fire(uri);
  }

  private cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.entries.clear();
    this.emitter.dispose();
  }
}
