import * as vscode from 'vscode';
import { settings } from './config';
import type { AnalysisStore } from './store';
import { timed } from './timing';

/** Token types contributed in package.json, mapped to TextMate scopes there so themes colour them. */
export const LEGEND = new vscode.SemanticTokensLegend(['claimSource', 'claimCue', 'claimContent'], []);
const SOURCE = 1;
const CUE = 2;
const CONTENT = 3;

/** Source, cue and content highlighted in every analysed language; where claims nest, cue beats source beats content. */
export function registerSemanticTokens(store: AnalysisStore): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: emitter.event,
    provideDocumentSemanticTokens: timed('semantic tokens', (doc: vscode.TextDocument) => {
      const entry = store.get(doc.uri);
      if (!entry || entry.state !== 'ready') return new vscode.SemanticTokens(new Uint32Array(0));
      // Typing ahead of the analysis: no answer keeps the current colours until the new result comes.
      if (entry.version !== doc.version) return undefined;
      const text = doc.getText();
      const paint = new Uint8Array(text.length);
      // Painted in order of precedence: later kinds overwrite earlier ones.
      const fill = (start: number, end: number, kind: number) => paint.fill(kind, start, end);
      for (const c of entry.analysis.claims) for (const s of c.content) fill(s.start, s.end, CONTENT);
      for (const c of entry.analysis.claims) if (c.source) fill(c.source.start, c.source.end, SOURCE);
      for (const c of entry.analysis.claims) for (const s of c.cue) fill(s.start, s.end, CUE);
      // Runs of one kind, cut at line ends (semantic tokens are single-line).
      // Lines are counted along the way: positionAt per token costs tens of ms on a 1 MB article.
      // The relative encoding is written here: SemanticTokensBuilder.push checks each token, too slow for 1 MB.
      const data: number[] = [];
      let lastLine = 0;
      let lastStart = 0;
      let line = 0;
      let lineStart = 0;
      let i = 0;
      while (i < text.length) {
        const kind = paint[i];
        const ch = text.charCodeAt(i);
        if (ch === 10 || ch === 13) {
          i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
          line++;
          lineStart = i;
          continue;
        }
        if (!kind) { i++; continue; }
        let j = i + 1;
        while (j < text.length && paint[j] === kind && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        const start = i - lineStart;
        data.push(line - lastLine, line === lastLine ? start - lastStart : start, j - i, kind - 1, 0);
        lastLine = line;
        lastStart = start;
        i = j;
      }
      return new vscode.SemanticTokens(new Uint32Array(data));
    }),
  };
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    registration = vscode.languages.registerDocumentSemanticTokensProvider(settings().languages.map((language) => ({ language })), provider, LEGEND);
  };
  register();
  return vscode.Disposable.from(
    emitter,
    { dispose: () => registration?.dispose() },
    // Only finished analyses (or cleared ones) change the colours; a pending one does not.
    store.onDidChange((uri) => { if (!store.isPending(uri)) emitter.fire(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('claimLens.languages')) register(); }),
  );
}
