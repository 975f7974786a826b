import * as vscode from 'vscode';
import { registerClaimsView } from './claimsView';
import { registerAnalyzeCommand } from './analyzeCommand';
import { registerDiagnostics } from './diagnostics';
import { registerFactCheckLinks } from './factCheckLinks';
import { registerHover } from './hover';
import { registerDocumentLifecycle } from './lifecycle';
import { loadEngine, shippedModels } from './engineLoader';
import { createLog, LOG_NAME, reasonOf } from './log';
import { registerWalkthrough } from './walkthrough';
import { registerNavigation } from './navigation';
import { registerSemanticTokens } from './semanticTokens';
import { registerStatus } from './status';
import { blockRunner } from './blockRunner';
import { AnalysisStore } from './store';
import { followAnalyses, VerdictStore } from './verdictStore';
import { registerRateCommand } from './rateCommand';
import { registerRateQuickFix } from './rateQuickFix';
import { registerExport } from './exportCommand';
import { registerFactCheckLookup } from './factCheckLookup';
import { FactCheckResults } from './factCheckResults';
import { useTranslator } from './l10n';
import { handlerTimes, resetHandlerTimes } from './timing';
import { registerReport } from './report/command';
import { openArticles } from './report/openArticles';
import { workspaceArticles } from './report/workspaceArticles';
import { registerElsewhereHover } from './workspace/elsewhereHover';
import { registerWorkspaceIndex, type WorkspaceIndexApi } from './workspace/indexFeature';
import { registerOpenIndexedClaim } from './workspace/openClaim';
import { registerWorkspaceSymbols } from './workspace/symbols';

/** Composes the features; each registers itself and returns what to dispose. */
/** What activate() returns: how long it took, for the benchmark. */
export interface ClaimLensApi {
  activationMs: number;
  /** Blocks analysed by the workers so far (worker threads in the desktop host, web workers in the web host), or undefined where there are none. */
  workerBlocks(): number | undefined;
  /** Starts the workers and settles when they are ready (true), or at once where there are none (false). */
  workersReady(): Promise<boolean>;
  /** The longest synchronous run of each handler since the last reset, in ms (for npm run bench). */
  handlerTimes(): Record<string, number>;
  resetHandlerTimes(): void;
  /** What the status item shows for the active editor (text, and the detail its hover shows), and the Claims view's message: for the integration tests. */
  statusItem(): { text: string; detail?: string } | undefined;
  claimsViewMessage(): string | undefined;
  /** Loads the models in `folder` as activation loads the shipped ones (saying in the log what failed), and settles whether they loaded: for the integration test of the log. */
  loadModels(folder: vscode.Uri): Promise<boolean>;
  /** The file the "Claim Lens" log is written to (in VS Code's logs folder). */
  logFile: vscode.Uri;
  /** The workspace index: its figures, and what the tests drive (cancel, reopen from the cache, stop). */
  workspaceIndex: WorkspaceIndexApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<ClaimLensApi> {
  const t0 = Date.now();
  // The pure modules' strings (labels, hovers, diagnostics) in the display language too.
  useTranslator((message, ...args) => vscode.l10n.t(message, ...args));
  const log = createLog();
  context.subscriptions.push(log);
  log.info(`Claim Lens ${String(context.extension.packageJSON.version)} in VS Code ${vscode.version} (${typeof process !== 'undefined' && process.versions?.node ? 'desktop' : 'web'} extension host), from ${context.extensionUri.toString(true)}`);
  // The models load in the background: activation registers everything at once and analysis waits for them.
  const loaded = loadEngine(shippedModels(context.extensionUri), log);
  loaded.catch((err: unknown) => void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not load its models ({0}), and finds no claims. The Claim Lens log (Output panel) says where it looked.', reasonOf(err))));
  const runner = blockRunner(context.extensionUri, loaded.then((l) => l.files), log);
  const store = new AnalysisStore(loaded.then((l) => l.engine), runner.runner);
  const verdicts = new VerdictStore(context, log);
  const factChecks = new FactCheckResults();
  const index = registerWorkspaceIndex(context.storageUri, loaded, runner.runner, store, log);
  // The articles across the workspace: the index's when it holds any, else the open ones.
  const open = openArticles(store);
  const articles = workspaceArticles(index.handle, open);
  // Kept for the API below, registered in their place among the others (listeners run in registration order).
  let claimsView: ReturnType<typeof registerClaimsView> | undefined;
  let status: ReturnType<typeof registerStatus> | undefined;
  context.subscriptions.push(
    runner,
    store,
    verdicts,
    factChecks,
    registerFactCheckLookup(store, context.secrets, factChecks, log),
    followAnalyses(store, verdicts),
    registerRateCommand(store, verdicts),
    registerRateQuickFix(store),
    registerExport(store, verdicts),
    registerDiagnostics(store, context.extensionUri),
    registerHover(store, '*', verdicts, factChecks),
    index,
    (claimsView = registerClaimsView(store, index.handle, verdicts, factChecks)),
    registerOpenIndexedClaim(store, index.handle),
    registerWorkspaceSymbols(index.handle),
    registerElsewhereHover(store, index.handle, verdicts),
    registerAnalyzeCommand(store),
    registerNavigation(store),
    registerFactCheckLinks(store),
    (status = registerStatus(store)),
    registerSemanticTokens(store),
    registerDocumentLifecycle(store),
    open,
    articles,
    registerReport(context.extensionUri, store, verdicts, articles),
    registerWalkthrough(context.extensionUri, log),
  );
  return {
    activationMs: Date.now() - t0,
    handlerTimes,
    resetHandlerTimes,
    statusItem: () => status?.shown(),
    claimsViewMessage: () => claimsView?.message(),
    loadModels: (folder) => loadEngine(folder, log).then(() => true, () => false),
    logFile: vscode.Uri.joinPath(context.logUri, `${LOG_NAME}.log`),
    workspaceIndex: index.api,
    workerBlocks: () => runner.runner?.analysed,
    workersReady: async () => {
      const r = runner.runner;
      if (!r) return false;
      // A web worker whose script cannot load says nothing: give up waiting after a while.
      await Promise.race([r.ready(), new Promise((resolve) => setTimeout(resolve, 30_000))]);
      return r.isReady();
    },
  };
}

export function deactivate(): void {}
