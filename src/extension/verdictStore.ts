import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import { matchVerdicts, mergeSidecars, parseSidecar, serializeSidecar, setVerdict, Sidecar, Verdict, VerdictRecord } from '../core/verdicts';

const EMPTY: Sidecar = { version: 1, records: [] };

/**
 * Verdicts per article: in `<article>.claims.json` beside a file (through
 * VS Code's file system, so virtual and web workspaces work too), or in
 * workspace storage for untitled documents. A sidecar that cannot be read is
 * never overwritten; the user is told once.
 */
export class VerdictStore implements vscode.Disposable {
  private readonly cache = new Map<string, Sidecar | { error: string }>();
  private readonly warned = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an article's verdicts, as matched to its current claims, changed. */
  readonly onDidChange = this.emitter.event;
  private readonly views = new Map<string, { byClaim: Map<string, VerdictRecord>; orphans: VerdictRecord[] }>();

  /** The verdicts matched to the last analysed claims of a document (synchronous, for the tree and the hover). */
  view(uri: vscode.Uri): { byClaim: Map<string, VerdictRecord>; orphans: VerdictRecord[] } | undefined {
    return this.views.get(uri.toString());
  }

  /** Matches the stored verdicts to freshly analysed claims. */
  async refresh(uri: vscode.Uri, text: string, claims: Claim[]): Promise<void> {
    const m = await this.matched(uri, text, claims);
    if (m) this.views.set(uri.toString(), m);
    else this.views.delete(uri.toString());
    this.emitter.fire(uri);
  }

  constructor(private readonly memento: vscode.Memento) {}

  static sidecarUri(article: vscode.Uri): vscode.Uri {
    return article.with({ path: `${article.path}.claims.json` });
  }

  private inFile(uri: vscode.Uri): boolean {
    return uri.scheme !== 'untitled';
  }

  /** The article's verdicts, or why they cannot be read. */
  async load(uri: vscode.Uri, fresh = false): Promise<Sidecar | { error: string }> {
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached && !fresh) return cached;
    let result: Sidecar | { error: string };
    if (!this.inFile(uri)) {
      result = this.memento.get<Sidecar>(`verdicts:${key}`) ?? EMPTY;
    } else {
      const side = VerdictStore.sidecarUri(uri);
      try {
        const bytes = await vscode.workspace.fs.readFile(side);
        const parsed = parseSidecar(new TextDecoder().decode(bytes));
        result = 'error' in parsed ? { error: `${side.path.split('/').pop()}: ${parsed.error}` } : parsed.sidecar;
      } catch (e) {
        result = e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? EMPTY : { error: `cannot read ${side.path}: ${String(e)}` };
      }
    }
    this.cache.set(key, result);
    if ('error' in result && !this.warned.has(key)) {
      this.warned.add(key);
      void vscode.window.showErrorMessage(`Claim Lens cannot use the verdicts of this article (${result.error}). The file is left as it is; fix or move it to rate claims here.`);
    }
    return result;
  }

  /** The verdicts attached to the current claims, and the orphans. */
  async matched(uri: vscode.Uri, text: string, claims: Claim[]): Promise<{ byClaim: Map<string, VerdictRecord>; orphans: VerdictRecord[] } | undefined> {
    const side = await this.load(uri);
    return 'error' in side ? undefined : matchVerdicts(text, claims, side.records);
  }

  /** Rates a claim and saves: merged with what is stored now, written to a temporary file, then renamed over the sidecar. */
  async rate(uri: vscode.Uri, text: string, claims: Claim[], claim: Claim, verdict: Verdict): Promise<boolean> {
    const current = await this.load(uri, true);
    if ('error' in current) {
      void vscode.window.showErrorMessage(`Claim Lens did not save the verdict: ${current.error}`);
      return false;
    }
    const next = setVerdict(current, text, claims, claim, verdict);
    if (!this.inFile(uri)) {
      await this.memento.update(`verdicts:${uri.toString()}`, next);
      this.cache.set(uri.toString(), next);
    } else {
      const side = VerdictStore.sidecarUri(uri);
      const onDisk = await this.load(uri, true);
      if ('error' in onDisk) return false;
      const merged = mergeSidecars(onDisk, next);
      const tmp = side.with({ path: `${side.path}.${Date.now().toString(36)}.tmp` });
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(serializeSidecar(merged)));
      await vscode.workspace.fs.rename(tmp, side, { overwrite: true });
      this.cache.set(uri.toString(), merged);
    }
    await this.refresh(uri, text, claims);
    return true;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.views.delete(uri.toString());
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
