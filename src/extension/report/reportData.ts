import * as vscode from 'vscode';
import type { Claim } from '../../engine/index';
import { attributionFigures, type RatedArticle } from '../../review/corpus/attribution';
import { reportCharts } from '../../review/report/charts';
import type { ReportMessage, Scope } from '../../review/report/protocol';
import { ratingScale } from '../config';
import { SOURCE_KIND_LABEL, TYPE_LABEL } from '../labels';
import type { AnalysisStore } from '../store';
import type { VerdictStore } from '../verdictStore';
import type { ArticleSource } from '../workspace/articles';

/**
 * The report of one scope, as the webview is sent it: the active article's
 * claims from the AnalysisStore, or every article of the ArticleSource, with
 * the verdicts the VerdictStore has matched to them.
 */
export interface ReportInputs {
  store: AnalysisStore;
  verdicts: VerdictStore;
  source: ArticleSource;
}

const name = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);

function rated(verdicts: VerdictStore, uri: vscode.Uri, claims: readonly Claim[]): RatedArticle {
  const view = verdicts.view(uri);
  return { file: uri.toString(), claims, ratings: claims.map((c) => view?.byClaim.get(c.id)?.verdict.rating) };
}

export function reportOf(scope: Scope, article: vscode.Uri | undefined, x: ReportInputs): ReportMessage {
  let articles: RatedArticle[];
  let heading: string;
  let note: string | undefined;
  if (scope === 'article') {
    const entry = article && x.store.get(article);
    articles = entry?.state === 'ready' ? [rated(x.verdicts, article!, entry.analysis.claims)] : [];
    heading = article ? name(article) : vscode.l10n.t('No article');
    if (!article) note = vscode.l10n.t('Open an article to see how it is sourced.');
    else if (entry?.state === 'skipped') note = vscode.l10n.t('This article is not analysed: {0}.', entry.reason);
    else if (!entry) note = vscode.l10n.t('This article has not been analysed yet.');
  } else {
    articles = x.source.articles().map((a) => rated(x.verdicts, a.uri, a.claims));
    heading = articles.length === 1 ? vscode.l10n.t('Workspace: 1 article') : vscode.l10n.t('Workspace: {0} articles', articles.length);
    if (!articles.length) note = vscode.l10n.t('No analysed articles yet: open some to see them here.');
  }
  const figures = attributionFigures(articles);
  if (!note && !figures.claims) note = vscode.l10n.t('No claims found.');
  // No claims, no charts: the note says why.
  const charts = !figures.claims ? [] : reportCharts(figures, {
    workspace: scope === 'workspace', sourceKindLabel: SOURCE_KIND_LABEL, typeLabel: TYPE_LABEL, scale: ratingScale(),
    fileLabel: (file) => name(vscode.Uri.parse(file)),
  });
  return { type: 'report', scope, heading, note, charts };
}
