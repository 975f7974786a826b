import { type Claim, speakerOf } from '../engine/index';
import { factCheckQuery } from '../review/factCheck/query';
import { displayText, evidenceMarkdown, markdownLink, markdownText } from '../review/markdownText';
import { httpUrl } from '../review/safeUrl';
import type { VerdictRecord } from '../review/verdicts/index';
import { type TrailEntry, verdictTrail } from '../review/verdicts/history';
import type { FactCheckMatch } from '../review/factCheck/client';
import { l10n, markdownLinkTitle, markdownMessage } from './l10n';
import { CUE_KIND_LABEL, excerpt, QUOTE_KIND_LABEL, SIGNAL_LABEL, SOURCE_KIND_LABEL, TYPE_LABEL, TYPE_MEANING } from './labels';

/**
 * The commands the hover's links may run (its `isTrusted`): each takes a
 * claim id and nothing else, and none acts without asking — Rate… goes to
 * `claimLens.rateClaimInteractive`, which always prompts, never to
 * `claimLens.rateClaim`, whose arguments can carry a rating; Look up goes to
 * `claimLens.lookUpFactChecksInteractive`, which asks before sending.
 */
export const HOVER_COMMANDS = ['claimLens.revealClaim', 'claimLens.searchFactChecks', 'claimLens.rateClaimInteractive', 'claimLens.lookUpFactChecksInteractive'];

/** What a hover shows besides the claim: its verdict, looked-up fact-checks, the user's search links. */
export interface HoverContext {
  verdict?: VerdictRecord;
  found?: FactCheckMatch[] | { error: string };
  /** `claimLens.factCheck.searchUrlTemplates` as the user's settings hold it (any value). */
  templates: unknown;
  /** Whether `claimLens.factCheck.lookup` is on. */
  lookup: boolean;
}

/** A link the code itself makes: to a hover command, with the claim's id as its only argument. */
function command(label: string, name: (typeof HOVER_COMMANDS)[number], id: string, title: string): string {
  return `[${markdownMessage(label)}](command:${name}?${encodeURIComponent(JSON.stringify([id]))} "${markdownLinkTitle(title)}")`;
}

const noRating = () => markdownMessage(l10n.t('no rating'));
const noSource = () => markdownMessage(l10n.t('No source'));

/** A verdict's rating, note and evidence; every field escaped, whatever its type. */
function verdictLines(r: VerdictRecord): string {
  const note = markdownText(r.verdict.note);
  const evidence = evidenceMarkdown(r.verdict.evidence);
  return `**${markdownMessage(l10n.t('Verdict: {0}'), markdownText(r.verdict.rating) || noRating())}**${note ? ` — ${note}` : ''}\n\n${evidence.map((e) => `- ${e}\n`).join('')}${evidence.length ? '\n' : ''}${historyLines(r)}`;
}

/** Who gave the current verdict and when, then each earlier verdict, newest first (plain data from verdictTrail, escaped here). */
function historyLines(r: VerdictRecord): string {
  const [now, ...earlier] = verdictTrail(r);
  const by = (t: TrailEntry) => markdownText([t.who, t.when].filter(Boolean).join(', '));
  return `${by(now)}\n\n${earlier.map((t) => `${markdownMessage(l10n.t('Earlier: {0} ({1})'), `${markdownText(t.rating)}${t.note ? ` — ${markdownText(t.note)}` : ''}`, by(t))}\n\n`).join('')}`;
}

/** The user's search links: a template becomes a link only when, filled in, it is a well-formed http(s) URL. */
function searchLinks(templates: unknown, c: Claim): string[] {
  const query = encodeURIComponent(factCheckQuery(c.contentText));
  return (Array.isArray(templates) ? templates : []).flatMap((t: unknown) => {
    const { name, url } = (t && typeof t === 'object' ? t : {}) as { name?: unknown; url?: unknown };
    if (typeof name !== 'string' || typeof url !== 'string') return [];
    const href = httpUrl(url.split('{query}').join(query).split('{lang}').join('en'));
    return href ? [markdownLink(href, name)] : [markdownMessage(l10n.t('{0} (not an http(s) link)'), markdownText(name))];
  });
}

/**
 * The hover card of a claim, as Markdown (pure: the extension wraps it in a
 * MarkdownString). Whatever comes from the article, the verdict file, the
 * fact-check service or a setting goes through markdownText or markdownLink;
 * the only other links are the command links made here.
 */
export function hoverMarkdown(c: Claim, all: Claim[], x: HoverContext): string {
  const { verdict, found } = x;
  const who = markdownText(speakerOf(c)) || noSource();
  const as = c.sourceText && c.speaker && c.speaker.name !== c.sourceText.trim() ? ` ${markdownMessage(l10n.t('(as “{0}”)'), markdownText(c.sourceText))}` : '';
  let md = `**${who}**${as} · ${markdownText(SOURCE_KIND_LABEL[c.sourceKind])}\n\n`;
  md += `*${markdownText(c.cueText)}* — ${markdownText(CUE_KIND_LABEL[c.cueKind])} · ${markdownText(QUOTE_KIND_LABEL[c.quoteKind])}\n\n`;
  md += `${markdownMessage(l10n.t('Type: {0} — {1} · confidence {2}%'), `**${markdownText(TYPE_LABEL[c.type])}**`, markdownText(TYPE_MEANING[c.type]), String(Math.round(c.confidence * 100)))}\n\n`;
  md += `> ${markdownText(excerpt(c.contentText, 240))}\n\n`;
  if (c.signals.length) {
    const kinds = [...new Set(c.signals.map((s) => s.kind))];
    md += `${markdownMessage(l10n.t('Check: {0}'), kinds.map((k) => `${markdownText(SIGNAL_LABEL[k])} (${c.signals.filter((s) => s.kind === k).map((s) => markdownText(s.text)).slice(0, 3).join(', ')})`).join(' · '))}\n\n`;
  }
  const same = c.speaker ? all.filter((o) => o !== c && o.speaker?.name === c.speaker?.name).length : 0;
  if (same) md += `${same === 1 ? markdownMessage(l10n.t('1 other claim by {0} in this document'), who) : markdownMessage(l10n.t('{0} other claims by {1} in this document'), String(same), who)}\n\n`;
  if (verdict) md += verdictLines(verdict);
  if (found && 'error' in found) md += `${markdownMessage(l10n.t('Fact-check lookup: {0}'), markdownText(found.error))}\n\n`;
  else if (found) {
    md += `${found.length ? markdownMessage(l10n.t('Fact-checks found ({0}):'), String(found.length)) : markdownMessage(l10n.t('No published fact-checks found.'))}\n\n`;
    for (const m of found.slice(0, 5)) for (const r of m.reviews.slice(0, 2)) {
      const link = httpUrl(r.url) ? ` — ${markdownLink(r.url, r.title)}` : '';
      md += `- ${markdownText(r.publisher) || markdownMessage(l10n.t('Unknown publisher'))}: **${markdownText(r.textualRating) || noRating()}**${link}\n`;
    }
    md += '\n';
  }
  const links = searchLinks(x.templates, c);
  if (x.lookup) links.push(command(l10n.t('Look up fact-checks'), 'claimLens.lookUpFactChecksInteractive', c.id, l10n.t('Ask the Fact Check Tools API')));
  links.push(
    command(l10n.t('Rate…'), 'claimLens.rateClaimInteractive', c.id, l10n.t('Record a verdict on this claim')),
    command(l10n.t('Reveal in Claims view'), 'claimLens.revealClaim', c.id, l10n.t('Show this claim in the Claims view')),
    command(l10n.t('Search fact-checks'), 'claimLens.searchFactChecks', c.id, l10n.t('Open Google Fact Check Explorer in your browser with this claim')),
  );
  return md + links.join(' · ');
}

/** The Claims view's tooltip on a claim (untrusted Markdown: text only). */
export function claimTooltip(c: Claim): string {
  const who = markdownText(speakerOf(c)) || noSource();
  return `**${who}** (${markdownText(SOURCE_KIND_LABEL[c.sourceKind])}) — *${markdownText(c.cueText)}* (${markdownText(CUE_KIND_LABEL[c.cueKind])}) · ${markdownText(TYPE_LABEL[c.type])}\n\n${markdownText(excerpt(c.contentText, 300))}`;
}

/** The Claims view's tooltip on a verdict whose claim is gone; the record's fields can be of any type. */
export function orphanTooltip(r: VerdictRecord): string {
  const shown = r.shown ?? r.key;
  const note = markdownText(r.verdict.note);
  return `**${markdownText(r.verdict.rating) || noRating()}**${note ? ` — ${note}` : ''}\n\n${markdownText(shown.source)} ${markdownText(shown.cue)}: “${markdownText(excerpt(displayText(shown.content), 300))}”`;
}
