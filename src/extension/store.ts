import type { Analysis, Claim } from '../engine/index';
import * as vscode from 'vscode';
import { type Analyzer, type BlockRunner, type Engine, inSlices } from '../engine/index';
import { formatOfLanguage, mapAnalysis, ProseConverter } from '../formats/index';
import { type ReviewType, shownClaims } from '../review/claimTypes';
import { isArticle, settings } from './config';
import { LanguageChecks } from './languageCheck';
import { recordTime, timed } from './timing';

export type Entry =
  | {
    state: 'ready';
    version: number;
    /**
     * What the editor shows: the claims of the types claimLens.types names
     * (never `other`). Diagnostics, hovers, highlighting, the Claims view,
     * the status item, navigation and exports all read these.
     */
    analysis: Analysis;
    /** Every claim the engine gave, of every type: for matching verdicts only (a verdict on a hidden claim is neither an orphan nor given to a neighbour). */
    all: Claim[];
    /** What is shown: these types, at least this confident. */
    shown: Shown;
    ms: number;
  }
  | { state: 'skipped'; version: number; reason: string };

/** Which claims the editor shows (claimLens.types, claimLens.confidence.minimum). */
interface Shown { types: ReviewType[]; minConfidence: number }

function shownBy(doc: vscode.TextDocument): Shown {
  const s = settings(doc);
  return { types: s.types, minConfidence: s.minConfidence };
}

/** A ready entry showing the claims of the shown types and confidence from the engine's analysis. */
function ready(version: number, analysis: Analysis, shown: Shown, ms: number): Entry {
  const claims = shownClaims(analysis.claims, shown.types, shown.minConfidence);
  return { state: 'ready', version, analysis: { ...analysis, claims }, all: analysis.claims, shown, ms };
}

/** An analysis in progress: of this document object, at this version. */
interface Run {
  doc: vscode.TextDocument;
  version: number;
  /** The text of that version, read once (a 1 MB document's getText() copies 2 MB). */
  text: string;
  done: Promise<Entry | undefined>;
}

/**
 * The one store of analysis results, per open document. Every feature reads
 * it and listens to its change event; nothing else runs the engine. Analysis
 * runs in slices (never holding the extension host for long; long new text
 * goes to worker threads where the host has them), reuses the
 * blocks of text that did not change, and is dropped when a newer version of
 * the document arrives. The claim types the editor shows are chosen here,
 * once, so that every view agrees; changing claimLens.types re-chooses
 * them without analysing again.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** The document object each entry was made from: VS Code reuses URIs (untitled names), never document objects. */
  private readonly owners = new Map<string, vscode.TextDocument>();
  private readonly analyzers = new Map<string, Analyzer>();
  /** Per document, its text turned into prose (Markdown, HTML), chunk by chunk as it is edited. */
  private readonly converters = new Map<string, ProseConverter>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The run in progress per URI: a newer run (or a clear) replaces it, and it then stops at its next slice. */
  private readonly running = new Map<string, Run>();
  private readonly languages = new LanguageChecks();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its analysis changed, was cleared, or started waiting. */
  readonly onDidChange = this.emitter.event;

  /**
   * @param engine the engine, once its models are loaded.
   * @param runner analyses long texts in worker threads, where the host has them.
   */
  private readonly config: vscode.Disposable;

  constructor(private readonly engine: Promise<Engine>, private readonly runner?: BlockRunner) {
    this.config = vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('claimLens.types') || e.affectsConfiguration('claimLens.confidence.minimum')) this.reshow(); });
  }

  /** Chooses again the claims each ready entry shows, from its document's claimLens.types; fires for each entry that changed. */
  private reshow(): void {
    for (const [key, entry] of this.entries) {
      const doc = this.owners.get(key);
      if (entry.state !== 'ready' || !doc || doc.isClosed) continue;
      const shown = shownBy(doc);
      if (shown.types.join() === entry.shown.types.join() && shown.minConfidence === entry.shown.minConfidence) continue;
      this.entries.set(key, ready(entry.version, { ...entry.analysis, claims: entry.all }, shown, entry.ms));
      timed('store change (all listeners)', () => this.emitter.fire(doc.uri))();
    }
  }

  /** The entry of the document open at this URI; never one made from a document that has since closed, even if its close event is late or a new document took its URI. */
  get(uri: vscode.Uri): Entry | undefined {
    const key = uri.toString();
    const owner = this.owners.get(key);
    return owner && !owner.isClosed ? this.entries.get(key) : undefined;
  }

  /** The documents open now whose analysis is ready: for views across the open articles. */
  readyUris(): vscode.Uri[] {
    return [...this.owners.values()].filter((d) => !d.isClosed && this.entries.get(d.uri.toString())?.state === 'ready').map((d) => d.uri);
  }

  /**
   * Analyses now (cancelling a pending or older run; joining one of this very
   * version); resolves with the entry, or undefined if the document is not an
   * article, closed, or changed meanwhile.
   */
  analyzeNow(doc: vscode.TextDocument): Promise<Entry | undefined> {
    const key = doc.uri.toString();
    this.cancel(key);
    if (!isArticle(doc) || doc.isClosed) return Promise.resolve(undefined);
    const same = this.running.get(key);
    if (same && same.doc === doc && same.version === doc.version) return same.done;
    const { maxFileSize: limit, language } = settings(doc);
    const text = doc.getText();
    const length = text.length;
    const reason = length > limit ? vscode.l10n.t('{0} characters, over claimLens.maxFileSize ({1})', length.toLocaleString(), limit.toLocaleString()) : this.languages.skipReason(key, text, language);
    if (reason) {
      this.running.delete(key);
      return Promise.resolve(this.publish(doc, { state: 'skipped', version: doc.version, reason }));
    }
    const run: Run = { doc, version: doc.version, text, done: Promise.resolve(undefined) };
    this.running.set(key, run);
    run.done = this.run(key, run);
    return run.done;
  }

  private async run(key: string, run: Run): Promise<Entry | undefined> {
    const { doc, version, text } = run;
    let engine: Engine;
    try {
      engine = await this.engine;
    } catch {
      if (this.running.get(key) === run) this.running.delete(key);
      return undefined;
    }
    const t0 = Date.now();
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = engine.createAnalyzer(this.runner)));
    // Markdown and HTML: the engine reads the prose, and its claims are mapped back to the file.
    const format = formatOfLanguage(doc.languageId);
    let converter = this.converters.get(key);
    if (converter?.format !== format) this.converters.set(key, (converter = new ProseConverter(format)));
    const slices = {
      cancelled: () => this.running.get(key) !== run || doc.isClosed,
      onSlice: (ms: number) => recordTime('analysis slice', ms),
    };
    const prose = await inSlices(converter.convertSteps(text), slices);
    const analysis = prose && await analyzer.analyzeInSlices(prose.prose, slices);
    if (this.running.get(key) === run) this.running.delete(key);
    if (!prose || !analysis) return undefined;
    // The last slice ran just now: let other work in before the listeners run, so the two do not add up.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this.publish(doc, ready(version, mapAnalysis(analysis, prose.map), shownBy(doc), Date.now() - t0));
  }

  /** Stores the entry unless the document closed or moved on; returns what the store then holds. */
  private publish(doc: vscode.TextDocument, entry: Entry): Entry | undefined {
    const key = doc.uri.toString();
    const current = this.get(doc.uri);
    if ((current && current.version > entry.version) || doc.isClosed || doc.version !== entry.version) return current;
    this.entries.set(key, entry);
    this.owners.set(key, doc);
    timed('store change (all listeners)', () => this.emitter.fire(doc.uri))();
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
    const run = this.running.get(key);
    return this.timers.has(key) || (run !== undefined && !run.doc.isClosed);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.running.delete(key);
    this.analyzers.delete(key);
    this.languages.forget(key);
    this.converters.delete(key);
    this.owners.delete(key);
    if (this.entries.delete(key)) this.emitter.fire(uri);
  }

  private cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    this.config.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.entries.clear();
    this.owners.clear();
    this.analyzers.clear();
    this.languages.clear();
    this.converters.clear();
    this.running.clear();
    this.emitter.dispose();
  }
}
