import type { Claim } from '../core/types';
import type { VerdictRecord } from '../core/verdicts';
import type { FactCheckMatch } from '../factcheck/client';
import { factCheckQuery } from '../core/factCheck';
import { CUE_KIND_LABEL, excerpt, QUOTE_KIND_LABEL, SIGNAL_LABEL, SOURCE_KIND_LABEL } from './labels';

/** The commands the hover's links may run. */
export const HOVER_COMMANDS = ['claimLens.revealClaim', 'claimLens.searchFactChecks', 'claimLens.rateClaim', 'claimLens.lookUpFactChecks'];

/** What a hover shows besides the claim: its verdict, looked-up fact-checks, the user's search links. */
export interface HoverContext {
  verdict?: VerdictRecord;
  found?: FactCheckMatch[] | { error: string };
  /** `claimLens.factCheck.searchUrlTemplates` as the settings hold it (any value). */
  templates: unknown;
  /** Whether `claimLens.factCheck.lookup` is on. */
  lookup: boolean;
}

/** The hover card of a claim, as Markdown (pure: the extension wraps it in a MarkdownString). */
export function hoverMarkdown(c: Claim, all: Claim[], x: HoverContext): string {
  const { verdict, found } = x;
  let md = '';
  const who = c.speaker?.name ?? c.sourceText ?? 'No source';
  const as = c.sourceText && c.speaker && c.speaker.name !== c.sourceText.trim() ? ` (as “${c.sourceText}”)` : '';
  md += `**${escape(who)}**${escape(as)} · ${SOURCE_KIND_LABEL[c.sourceKind]}\n\n`;
  md += `*${escape(c.cueText)}* — ${CUE_KIND_LABEL[c.cueKind]} · ${QUOTE_KIND_LABEL[c.quoteKind]}\n\n`;
  md += `> ${escape(excerpt(c.contentText, 240))}\n\n`;
  if (c.signals.length) {
    const kinds = [...new Set(c.signals.map((s) => s.kind))];
    md += `Check: ${kinds.map((k) => `${SIGNAL_LABEL[k]} (${c.signals.filter((s) => s.kind === k).map((s) => escape(s.text)).slice(0, 3).join(', ')})`).join(' · ')}\n\n`;
  }
  const same = c.speaker ? all.filter((o) => o !== c && o.speaker?.name === c.speaker?.name).length : 0;
  if (same) md += `${same} other claim${same === 1 ? '' : 's'} by ${escape(who)} in this document\n\n`;
  if (verdict) {
    md += `**Verdict: ${escape(verdict.verdict.rating)}**${verdict.verdict.note ? ` — ${escape(verdict.verdict.note)}` : ''}\n\n`;
    for (const link of verdict.verdict.evidence ?? []) md += `- <${link.replace(/[<>]/g, '')}>\n`;
    if (verdict.verdict.evidence?.length) md += '\n';
  }
  if (found && 'error' in found) md += `Fact-check lookup: ${escape(found.error)}\n\n`;
  else if (found) {
    md += found.length ? `Fact-checks found (${found.length}):\n\n` : 'No published fact-checks found.\n\n';
    for (const m of found.slice(0, 5)) for (const r of m.reviews.slice(0, 2)) {
      md += `- ${escape(r.publisher ?? 'Unknown publisher')}: **${escape(r.textualRating ?? 'no rating')}**${r.url ? ` — <${r.url.replace(/[<>]/g, '')}>` : ''}\n`;
    }
    md += '\n';
  }
  const templates = (Array.isArray(x.templates) ? x.templates : []) as { name: string; url: string }[];
  const query = encodeURIComponent(factCheckQuery(c.contentText));
  for (const t of templates) {
    if (t && typeof t.name === 'string' && typeof t.url === 'string' && /^https?:/.test(t.url)) md += `[${escape(t.name)}](${t.url.replace('{query}', query).replace('{lang}', 'en')}) · `;
  }
  const args = encodeURIComponent(JSON.stringify([c.id]));
  if (x.lookup) md += `[Look up fact-checks](command:claimLens.lookUpFactChecks?${args} "Ask the Fact Check Tools API") · `;
  md += `[Rate…](command:claimLens.rateClaim?${args} "Record a verdict on this claim") · `;
  md += `[Reveal in Claims view](command:claimLens.revealClaim?${args} "Show this claim in the Claims view") · `;
  md += `[Search fact-checks](command:claimLens.searchFactChecks?${args} "Open Google Fact Check Explorer in your browser with this claim")`;
  return md;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-!|<>]/g, '\\$&');
}

/** The Claims view's tooltip on a claim. */
export function claimTooltip(c: Claim): string {
  return `**${c.speaker?.name ?? c.sourceText ?? 'No source'}** (${SOURCE_KIND_LABEL[c.sourceKind]}) — *${c.cueText}* (${CUE_KIND_LABEL[c.cueKind]})\n\n${excerpt(c.contentText, 300)}`;
}

/** The Claims view's tooltip on a verdict whose claim is gone. */
export function orphanTooltip(r: VerdictRecord): string {
  const shown = r.shown ?? r.key;
  return `**${r.verdict.rating}**${r.verdict.note ? ` — ${r.verdict.note}` : ''}\n\n${shown.source} ${shown.cue}: “${shown.content}”`;
}
