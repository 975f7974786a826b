import * as vscode from 'vscode';
import { settings } from './config';
import type { AnalysisStore } from './store';

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
    provideDocumentSemanticTokens(doc) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      const entry = store.get(doc.uri);
      if (!entry || entry.state !== 'ready') return builder.build();
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
      let i = 0;
      while (i < text.length) {
        const kind = paint[i];
        const nl = text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
        if (!kind || nl) { i++; continue; }
        let j = i + 1;
        while (j < text.length && paint[j] === kind && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        const start = doc.positionAt(i);
        builder.push(start.line, start.character, j - i, kind - 1, 0);
        i = j;
      }
      return builder.build();
    },
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
