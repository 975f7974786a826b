import * as vscode from 'vscode';
import { canonical, type Claim } from '../../engine/index';
import type { Elsewhere } from '../../review/corpus/elsewhere';
import { markdownText } from '../../review/markdownText';
import type { VerdictRecord } from '../../review/verdicts/index';
import { claimAt } from '../claimAt';
import { l10n, markdownLinkTitle, markdownMessage } from '../l10n';
import { COMMANDS } from '../commands';
import type { AnalysisStore } from '../store';
import { timed } from '../timing';
import type { VerdictStore } from '../verdictStore';
import type { IndexHandle } from './indexHandle';
import type { IndexEntry } from './workspaceIndex';
import { articleName, claimKey } from './workspaceTree';

/** The places listed in the hover (the Claims view's workspace scope lists them all). */
const LISTED = 5;

type Place = Elsewhere & { entry: IndexEntry };

/** A link the code makes to Open Claim in Its Article: the label escaped, the one argument a key of the index. */
function openLink(label: string, place: Place): string {
  const args = encodeURIComponent(JSON.stringify([claimKey(place.entry.uri, place.claim.id)]));
  return `[${markdownText(label)}](command:${COMMANDS.openIndexedClaim}?${args} "${markdownLinkTitle(l10n.t('Open it there'))}")`;
}

/** The rating a record of another article gives the claim quoted there, if one does (by the claim's id, else its content). */
function ratingOf(records: VerdictRecord[], c: Claim): string | undefined {
  const content = canonical(c.contentText);
  const r = records.find((x) => x.claimId === c.id) ?? records.find((x) => x.key?.content === content);
  const rating = r?.verdict?.rating;
  return typeof rating === 'string' && rating.trim() && rating !== 'Unrated' ? rating : undefined;
}

/** `Mostly false in x.news`: a rating and where it was given, escaped. */
const ratedIn = (r: { p: Place; rating: string }) => markdownMessage(l10n.t('{0} in {1}'), markdownText(r.rating), markdownText(articleName(r.p.entry.uri)));

/** The card's Markdown: the places (links), then the ratings given there, said plainly when they differ from this claim's. */
function cardMarkdown(places: Place[], shown: Place[], ratings: (string | undefined)[], here: string | undefined): string {
  const articles = new Set(places.map((p) => p.article)).size;
  const links = shown.map((p) => openLink(l10n.t('{0}, line {1}', articleName(p.entry.uri), p.line), p)).join(' · ');
  let md = `**${markdownMessage(l10n.t('Said elsewhere'))}** — ${markdownMessage(l10n.t('also in: {0}'), links)}`;
  if (places.length > LISTED) md += ` ${markdownMessage(l10n.t('and {0} more (the Claims view\'s workspace scope lists them)'), String(places.length - LISTED))}`;
  md += ` (${markdownMessage(articles === 1 ? l10n.t('1 other article') : l10n.t('{0} other articles'), String(articles))})\n\n`;
  const mine = here && here !== 'Unrated' ? here : undefined;
  const rated = shown.flatMap((p, i) => (ratings[i] ? [{ p, rating: ratings[i]! }] : []));
  const differ = mine ? rated.filter((r) => r.rating.trim().toLowerCase() !== mine.trim().toLowerCase()) : [];
  if (mine && differ.length) {
    md += `**${markdownMessage(l10n.t('Rated differently:'))}** ${markdownMessage(l10n.t('{0} here; {1}'), markdownText(mine), differ.map(ratedIn).join('; '))}\n\n`;
  } else if (!mine && rated.length) {
    md += `${markdownMessage(l10n.t('Rated elsewhere: {0}'), rated.map(ratedIn).join('; '))}\n\n`;
  }
  return md;
}
const cardTimed = timed('hover (said elsewhere)', cardMarkdown);

/**
 * "Said elsewhere" in the hover (its own card beside the claim's): the other
 * indexed articles where the claim's quote runs, the same or nearly ("also
 * in: x.news, line 12", each a link that opens it there), and, where those
 * claims are rated, the ratings, said plainly when they differ from this
 * claim's. Every file name and rating is escaped; the only links are to Open
 * Claim in Its Article, with a key of the index.
 */
export function registerElsewhereHover(store: AnalysisStore, index: IndexHandle, verdicts: VerdictStore): vscode.Disposable {
  const find = timed('hover (said elsewhere)', (doc: vscode.TextDocument, position: vscode.Position) => {
    const entry = store.get(doc.uri);
    if (!entry || entry.state !== 'ready' || entry.version !== doc.version || !index.articles().length) return undefined;
    const claim = claimAt(entry.analysis.claims, doc.offsetAt(position));
    const places = claim ? index.elsewhere(claim, doc.uri) : [];
    return claim && places.length ? { claim, places, here: verdicts.view(doc.uri)?.byClaim.get(claim.id)?.verdict.rating } : undefined;
  });
  return vscode.languages.registerHoverProvider('*', {
    async provideHover(doc, position) {
      const found = find(doc, position);
      if (!found) return undefined;
      const { claim, places, here } = found;
      const shown = places.slice(0, LISTED);
      const ratings = await Promise.all(shown.map(async (p) => ratingOf(await verdicts.records(p.entry.uri), p.claim)));
      const md = cardTimed(places, shown, ratings, here);
      const card = new vscode.MarkdownString(md);
      card.isTrusted = { enabledCommands: [COMMANDS.openIndexedClaim] };
      const hit = claim.cue[0];
      return new vscode.Hover(card, new vscode.Range(doc.positionAt(hit.start), doc.positionAt(hit.end)));
    },
  });
}
