import * as vscode from 'vscode';
import { Analyzer, BlockRunner } from '../core/analyze';
import type { Analysis } from '../core/types';
import { isArticle, settings } from './config';

export type Entry =
  | { state: 'ready'; version: number; analysis: Analysis; ms: number }
  | { state: 'skipped'; version: number; reason: string };

/**
 * The one store of analysis results, per open document. Every feature reads
 * it and listens to its change event; nothing else runs the engine. Analysis
 * runs in slices (never holding the extension host for long; long new text
 * goes to worker threads where the host has them), reuses the
 * blocks of text that did not change, and is dropped when a newer version of
 * the document arrives.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its analysis changed, was cleared, or started waiting. */
  readonly onDidChange = this.emitter.event;

  /**
   * @param ready settles when the engine's models are loaded.
   * @param runner analyses long texts in worker threads, where the host has them.
   */
  constructor(private readonly ready: Promise<void> = Promise.resolve(), private readonly runner?: BlockRunner) {}

  get(uri: vscode.Uri): Entry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Analyses now (cancelling a pending run); resolves with the entry, or undefined if the document is not an article or changed meanwhile. */
  async analyzeNow(doc: vscode.TextDocument): Promise<Entry | undefined> {
    const key = doc.uri.toString();
    this.cancel(key);
    if (!isArticle(doc) || doc.isClosed) return undefined;
    const version = doc.version;
    const text = doc.getText();
    const limit = settings(doc).maxFileSize;
    let entry: Entry;
    if (text.length > limit) {
      entry = { state: 'skipped', version, reason: `${text.length.toLocaleString()} characters, over claimLens.maxFileSize (${limit.toLocaleString()})` };
    } else {
      this.running.set(key, version);
      try {
        await this.ready;
      } catch {
        this.running.delete(key);
        return undefined;
      }
      const t0 = Date.now();
      let analyzer = this.analyzers.get(key);
      if (!analyzer) this.analyzers.set(key, (analyzer = new Analyzer(undefined, true, this.runner)));
      const analysis = await analyzer.analyzeInSlices(text, { cancelled: () => this.running.get(key) !== version || doc.isClosed });
      if (this.running.get(key) === version) this.running.delete(key);
      if (!analysis) return undefined;
      entry = { state: 'ready', version, analysis, ms: Date.now() - t0 };
    }
    const current = this.entries.get(key);
    if ((current && current.version > entry.version) || doc.isClosed || doc.version !== version) return current;
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
      void this.analyzeNow(doc);
    }, settings(doc).debounceMs));
    if (!wasPending) this.emitter.fire(doc.uri);
  }

  /** Is an analysis of this document waiting or running? */
  isPending(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.timers.has(key) || this.running.has(key);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.running.delete(key);
    this.analyzers.delete(key);
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
    this.analyzers.clear();
    this.running.clear();
    this.emitter.dispose();
  }
}
