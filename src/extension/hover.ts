import * as vscode from 'vscode';
import type { Claim, Span } from '../core/types';
import type { AnalysisStore } from './store';
import type { VerdictStore } from './verdictStore';
import type { FactCheckResults } from './factCheckLookup';
import { HOVER_COMMANDS, hoverMarkdown } from './claimMarkdown';
import { timed } from './timing';
import { userSetting } from './userSettings';

const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The claim under an offset: a cue or source hit first, then the narrowest content. */
export function claimAt(claims: Claim[], offset: number): Claim | undefined {
  const direct = claims.find((c) => c.cue.some((s) => inside(s, offset)) || (c.source && inside(c.source, offset)));
  if (direct) return direct;
  const holding = claims.filter((c) => c.content.some((s) => inside(s, offset)));
  const width = (c: Claim) => c.content.reduce((n, s) => n + s.end - s.start, 0);
  return holding.sort((a, b) => width(a) - width(b))[0];
}

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
        templates: userSetting('claimLens.factCheck', 'searchUrlTemplates'), lookup: userSetting<boolean>('claimLens.factCheck', 'lookup') === true,
      }));
      // Only the hover's own command links run, and none of them acts without asking; no theme icons, no HTML.
      md.isTrusted = { enabledCommands: HOVER_COMMANDS };
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(hit.start), doc.positionAt(hit.end)));
    }),
  });
}
