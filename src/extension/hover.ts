import * as vscode from 'vscode';
import type { Claim, Span } from '../core/types';
import { CUE_KIND_LABEL, excerpt, QUOTE_KIND_LABEL, SIGNAL_LABEL, SOURCE_KIND_LABEL } from './labels';
import type { AnalysisStore } from './store';
import type { VerdictRecord } from '../core/verdicts';
import type { VerdictStore } from './verdictStore';
import type { FactCheckResults } from './factCheckLookup';
import { factCheckQuery } from '../core/factCheck';
import { verdictTrail } from '../core/verdictHistory';
import { timed } from './timing';

const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The claim under an offset: a cue or source hit first, then the narrowest content. */
export function claimAt(claims: Claim[], offset: number): Claim | undefined {
  const direct = claims.find((c) => c.cue.some((s) => inside(s, offset)) || (c.source && inside(c.source, offset)));
  if (direct) return direct;
  const holding = claims.filter((c) => c.content.some((s) => inside(s, offset)));
  const width = (c: Claim) => c.content.reduce((n, s) => n + s.end - s.start, 0);
  return holding.sort((a, b) => width(a) - width(b))[0];
}

export function hoverMarkdown(c: Claim, all: Claim[], verdict?: VerdictRecord, found?: ReturnType<FactCheckResults['get']>): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: ['claimLens.revealClaim', 'claimLens.searchFactChecks', 'claimLens.rateClaim', 'claimLens.lookUpFactChecks'] };
  const who = c.speaker?.name ?? c.sourceText ?? 'No source';
  const as = c.sourceText && c.speaker && c.speaker.name !== c.sourceText.trim() ? ` (as “${c.sourceText}”)` : '';
  md.appendMarkdown(`**${escape(who)}**${escape(as)} · ${SOURCE_KIND_LABEL[c.sourceKind]}\n\n`);
  md.appendMarkdown(`*${escape(c.cueText)}* — ${CUE_KIND_LABEL[c.cueKind]} · ${QUOTE_KIND_LABEL[c.quoteKind]}\n\n`);
  md.appendMarkdown(`> ${escape(excerpt(c.contentText, 240))}\n\n`);
  if (c.signals.length) {
    const kinds = [...new Set(c.signals.map((s) => s.kind))];
    md.appendMarkdown(`Check: ${kinds.map((k) => `${SIGNAL_LABEL[k]} (${c.signals.filter((s) => s.kind === k).map((s) => escape(s.text)).slice(0, 3).join(', ')})`).join(' · ')}\n\n`);
  }
  const same = c.speaker ? all.filter((o) => o !== c && o.speaker?.name === c.speaker?.name).length : 0;
  if (same) md.appendMarkdown(`${same} other claim${same === 1 ? '' : 's'} by ${escape(who)} in this document\n\n`);
  if (verdict) {
    md.appendMarkdown(`**Verdict: ${escape(verdict.verdict.rating)}**${verdict.verdict.note ? ` — ${escape(verdict.verdict.note)}` : ''}\n\n`);
    for (const link of verdict.verdict.evidence ?? []) md.appendMarkdown(`- <${link.replace(/[<>]/g, '')}>\n`);
    if (verdict.verdict.evidence?.length) md.appendMarkdown('\n');
    appendHistory(md, verdict);
  }
  if (found && 'error' in found) md.appendMarkdown(`Fact-check lookup: ${escape(found.error)}\n\n`);
  else if (found) {
    md.appendMarkdown(found.length ? `Fact-checks found (${found.length}):\n\n` : 'No published fact-checks found.\n\n');
    for (const m of found.slice(0, 5)) for (const r of m.reviews.slice(0, 2)) {
      md.appendMarkdown(`- ${escape(r.publisher ?? 'Unknown publisher')}: **${escape(r.textualRating ?? 'no rating')}**${r.url ? ` — <${r.url.replace(/[<>]/g, '')}>` : ''}\n`);
    }
    md.appendMarkdown('\n');
  }
  const templates = vscode.workspace.getConfiguration('claimLens.factCheck').get<{ name: string; url: string }[]>('searchUrlTemplates', []);
  const query = encodeURIComponent(factCheckQuery(c.contentText));
  for (const t of templates) {
    if (t && typeof t.name === 'string' && typeof t.url === 'string' && /^https?:/.test(t.url)) md.appendMarkdown(`[${escape(t.name)}](${t.url.replace('{query}', query).replace('{lang}', 'en')}) · `);
  }
  const args = encodeURIComponent(JSON.stringify([c.id]));
  if (vscode.workspace.getConfiguration('claimLens.factCheck').get<boolean>('lookup', false)) md.appendMarkdown(`[Look up fact-checks](command:claimLens.lookUpFactChecks?${args} "Ask the Fact Check Tools API") · `);
  md.appendMarkdown(`[Rate…](command:claimLens.rateClaim?${args} "Record a verdict on this claim") · `);
  md.appendMarkdown(`[Reveal in Claims view](command:claimLens.revealClaim?${args} "Show this claim in the Claims view") · `);
  md.appendMarkdown(`[Search fact-checks](command:claimLens.searchFactChecks?${args} "Open Google Fact Check Explorer in your browser with this claim")`);
  return md;
}

/** Who gave the current verdict and when, then each earlier verdict, newest first (plain data from verdictTrail, escaped here). */
function appendHistory(md: vscode.MarkdownString, record: VerdictRecord): void {
  const [now, ...earlier] = verdictTrail(record);
  md.appendMarkdown(`${escape([now.who, now.when].filter(Boolean).join(', '))}\n\n`);
  for (const t of earlier) md.appendMarkdown(`Earlier: ${escape(t.rating)}${t.note ? ` — ${escape(t.note)}` : ''} (${escape([t.who, t.when].filter(Boolean).join(', '))})\n\n`);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!|<>]/g, '\\$&');
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
      return new vscode.Hover(hoverMarkdown(c, entry.analysis.claims, verdicts?.view(doc.uri)?.byClaim.get(c.id), factChecks?.get(c.id)), new vscode.Range(doc.positionAt(hit.start), doc.positionAt(hit.end)));
    }),
  });
}
