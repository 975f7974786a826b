import * as vscode from 'vscode';
import { isArticle } from '../config';
import { type ExportFormat, parseWebviewMessage, type ReportMessage, type Scope } from '../../review/report/protocol';
import { showInClaimsView } from './barFilter';
import { exportReport } from './exportReport';
import { makeNonce, reportHtml } from './html';
import { type ReportInputs, reportOf } from './reportData';

/** What the report posted last, and whether the webview took it: for the integration tests (claimLens.reportSnapshot). */
export interface ReportSnapshot {
  visible: boolean;
  /** The page's script has run and asked for the report. */
  ready: boolean;
  delivered: boolean;
  report?: ReportMessage;
}

/** How long the report waits after a change (an edit analysed, a verdict) before drawing again. */
const SETTLE_MS = 250;

/**
 * The attribution report's webview panel: one at a time, beside the editor.
 * It follows the last active article (for the article scope), draws again
 * when the store, the verdicts or the workspace's articles change, and acts
 * only on messages parseWebviewMessage accepts and on bars it posted itself.
 */
export class ReportPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private scope: Scope = 'article';
  private article: vscode.Uri | undefined;
  private last: ReportMessage | undefined;
  private delivered = false;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(extensionUri: vscode.Uri, private readonly inputs: ReportInputs, onDispose: () => void) {
    const bundle = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel('claimLens.report', vscode.l10n.t('Attribution Report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [bundle],
    });
    const webview = this.panel.webview;
    webview.html = reportHtml({
      cspSource: webview.cspSource,
      script: webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'report.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'report.css')).toString(),
      nonce: makeNonce(),
    });
    this.follow(vscode.window.activeTextEditor);
    const later = () => this.schedule();
    this.subscriptions.push(
      webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      this.panel.onDidChangeViewState(() => { if (this.panel.visible) this.schedule(); }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (this.follow(e) && this.scope === 'article') this.schedule(); }),
      inputs.store.onDidChange((uri) => { if (this.scope === 'article' && uri.toString() === this.article?.toString()) later(); }),
      inputs.verdicts.onDidChange(later),
      inputs.source.onDidChange(() => { if (this.scope === 'workspace') later(); }),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  /** Takes the editor's document as the report's article if it is one; true if the article changed. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    const doc = editor?.document;
    if (!doc || !isArticle(doc) || doc.uri.toString() === this.article?.toString()) return false;
    this.article = doc.uri;
    return true;
  }

  show(scope?: Scope): void {
    if (scope && scope !== this.scope) {
      this.scope = scope;
      this.post();
    }
    this.panel.reveal(undefined, true);
  }

  snapshot(): ReportSnapshot {
    return { visible: this.panel.visible, ready: this.ready, delivered: this.delivered, report: this.last };
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    // A hidden panel's page is gone: it asks again (ready) when it is shown.
    if (!this.panel.visible) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.post();
    }, SETTLE_MS);
  }

  private post(): void {
    if (this.disposed) return;
    const report = reportOf(this.scope, this.article, this.inputs);
    this.last = report;
    this.delivered = false;
    void this.panel.webview.postMessage(report).then((ok) => { if (this.last === report) this.delivered = ok; }, () => undefined);
  }

  private receive(raw: unknown): void {
    const m = parseWebviewMessage(raw);
    if (!m) return;
    if (m.type === 'ready') {
      this.ready = true;
      this.post();
    }
    else if (m.type === 'scope') {
      this.scope = m.scope;
      this.post();
    } else if (m.type === 'filter') void this.filter(m.chart, m.key);
    else void this.export(m.format);
  }

  /** Runs the filter of a bar this panel posted (a chart id and a bar key it does not know do nothing). */
  private async filter(chart: string, key: string): Promise<void> {
    const bar = this.last?.charts.find((c) => c.id === chart)?.bars.find((b) => b.key === key);
    if (!bar?.filter) return;
    try {
      await showInClaimsView(bar.filter);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not show those claims: {0}', err instanceof Error ? err.message : String(err)));
    }
  }

  private async export(format: ExportFormat): Promise<void> {
    if (this.last) await exportReport(this.last, format, this.scope === 'article' ? this.article : undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.panel.dispose();
  }
}
