import * as vscode from 'vscode';
import { claimAt, inside } from './claimAt';
import type { AnalysisStore } from './store';
import type { VerdictStore } from './verdictStore';
import type { FactCheckResults } from './factCheckResults';
import { HOVER_COMMANDS, hoverMarkdown } from './claimMarkdown';
import { timed } from './timing';
import { userSettings } from './config';


/** A card on a claim's source, cue or content; nothing where there is no claim. */
export function registerHover(store: AnalysisStore, selector: vscode.DocumentSelector, verdicts?: VerdictStore, factChecks?: FactCheckResults): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover: timed('hover', (doc: vscode.TextDocument, position: vscode.Position) => {
      const entry = store.get(doc.uri);
      if (!entry || entry.state !== 'ready' || entry.version !== doc.version) return undefined;
      const offset = doc.offsetAt(position);
      const c = claimAt(entry.analysis.claims, offset);
      if (!c) return undefined;
      const hit = [...c.cue, ...(c.source ? [c.source] : []), ...c.content].find((s) => inside(s, offset)) ?? c.cue[0];
      const md = new vscode.MarkdownString(hoverMarkdown(c, entry.analysis.claims, {
        verdict: verdicts?.view(doc.uri)?.byClaim.get(c.id), found: factChecks?.get(c.id),
        templates: userSettings().searchUrlTemplates, lookup: userSettings().lookup,
      }));
      // Only the hover's own command links run, and none of them acts without asking; no theme icons, no HTML.
      md.isTrusted = { enabledCommands: HOVER_COMMANDS };
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(hit.start), doc.positionAt(hit.end)));
    }),
  });
}
