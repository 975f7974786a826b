import type { Analysis } from '../../engine/index';
import type { ExportContext } from './context';

/**
 * The two JSON shapes Claim Lens writes, side by side: `extract`'s (one line
 * per article: the file, its sentence count and every claim as the engine
 * gives it) and the export's (the article with every claim, its verdict,
 * history and line, the orphaned verdicts and the unreadable records). They
 * serve different readers and differ on purpose; the accuracy issue, which
 * adds fields to claims, decides whether they become one.
 */

/** The claims of one file as a JSON object (one line of JSON Lines), with the engine's version when known (src/engine/version.ts). */
export function extractJson(file: string, analysis: Analysis, engine?: string): string {
  return JSON.stringify({ file, ...(engine === undefined ? {} : { engine }), sentences: analysis.sentences, claims: analysis.claims });
}

export function toJson(x: ExportContext): string {
  return JSON.stringify({
    article: x.article,
    ...(x.engine === undefined ? {} : { engine: x.engine }),
    claims: x.claims.map(({ claim, verdict, history, line }) => ({ ...claim, line, verdict: verdict ?? null, history: history ?? [] })),
    orphans: x.orphans,
    unreadable: (x.unreadable ?? []).map((u) => ({ reason: u.reason, record: u.raw })),
  }, null, 2) + '\n';
}
