import { unquoted } from '../../engine/index';
import { evidenceMarkdown, markdownText } from '../markdownText';
import { compactHistory } from '../verdicts/history';
import type { Verdict } from '../verdicts/index';
import { type ExportContext, flat, rated, ratingOf, who } from './context';

/** A verdict in the report: every field escaped, evidence linked only when it is an http(s) URL. */
function verdictMarkdown(v: Verdict): string {
  const note = markdownText(v.note);
  const evidence = evidenceMarkdown(v.evidence);
  return `**${markdownText(ratingOf(v)) || 'no rating'}**${note ? ` — ${note}` : ''}${evidence.length ? ` (${evidence.join(', ')})` : ''}`;
}

/** The Markdown report: everything taken from the article or its verdict file goes through `markdownText`. */
export function toMarkdown(x: ExportContext): string {
  const types = x.types && x.leftOut ? ` (${x.types.join(', ')}; ${x.leftOut} of other types left out)` : '';
  const lines = [`# Claims in ${markdownText(x.article)}`, '', `${x.claims.length} claims${types}, ${x.claims.filter((c) => rated(c.verdict)).length} rated.`, ''];
  for (const { claim: c, verdict: v, history, line } of x.claims) {
    lines.push(`- **${markdownText(who(c))}** (${c.sourceKind}) — *${markdownText(c.cueText)}* (${markdownText(c.type)}, line ${line}): “${markdownText(unquoted(flat(c.contentText)))}”`);
    if (rated(v)) lines.push(`  - Verdict: ${verdictMarkdown(v)}`);
    if (history?.length) lines.push(`  - Earlier: ${markdownText(compactHistory(history))}`);
  }
  if (x.orphans.length) {
    lines.push('', '## Verdicts whose claim is no longer in the article', '');
    for (const o of x.orphans) {
      const shown = o.shown ?? o.key;
      lines.push(`- ${markdownText(shown.source) || 'Unattributed'} — ${markdownText(shown.cue)}: “${markdownText(shown.content)}” — ${verdictMarkdown(o.verdict)}`);
    }
  }
  if (x.unreadable?.length) {
    lines.push('', '## Records of the verdict file that could not be read', '', 'They are kept in the verdict file as they are; fix them there to see them here.', '');
    for (const u of x.unreadable) lines.push(`- ${markdownText(u.reason)}`);
  }
  if (x.engine) lines.push('', `Claims found by Claim Lens ${markdownText(x.engine)}.`);
  return lines.join('\n') + '\n';
}
