import { basename } from 'node:path';
import { EXPORT_EXTENSION, exportAs, exportContext } from '../review/exports/index';
import { DEFAULT_SCALE, MAX_VERDICT_FILE_BYTES, sidecarFromBytes, sidecarPath } from '../review/verdicts/index';
import { readLimited } from '../hosts/node/lockedFile';
import type { ExportOptions, ExtractOptions } from './args';
import { extractJson as toJson } from '../review/exports/index';
import { ofTypes, REVIEW_TYPES } from '../review/claimTypes';
import { analyzeFile } from './analyzeFile';
import { toBratFile, toText } from './formats';
import { plural } from './messages';
import { runFiles } from './runFiles';

const EXTRACT_EXTENSION = { json: 'json', brat: 'ann', text: 'txt' } as const;

/** `claim-lens extract`: the claims of each article (of every type, or of --types), as JSON lines, brat standoff or a table. */
export function extract(o: ExtractOptions): Promise<number> {
  return runFiles({
    ...o,
    extension: EXTRACT_EXTENSION[o.format],
    // An article's verdict file is no output's to replace, whatever the output is called.
    verdictFile: sidecarPath,
    produce(file, text, engine) {
      const all = analyzeFile(engine, file, text, o.input);
      const analysis = { ...all, claims: ofTypes(all.claims, o.types) };
      const out = o.format === 'json' ? toJson(file, analysis) : o.format === 'brat' ? toBratFile(text, analysis.claims) : toText(file, text, analysis);
      return { out: out.endsWith('\n') ? out : out + '\n', note: plural(analysis.claims.length, 'claim') };
    },
  });
}

/**
 * `claim-lens export`: each article's claims with the verdicts of its
 * FILE.claims.json; of the types a fact-checker reviews (statement, finding,
 * position, as the editor shows by default), every type in brat (the
 * research format), or of --types.
 */
export function exportClaims(o: ExportOptions): Promise<number> {
  const types = o.types ?? (o.format === 'brat' ? undefined : REVIEW_TYPES);
  const options = { organization: o.organization, articleUrl: o.articleUrl, reviewUrl: o.reviewUrl, scale: [...DEFAULT_SCALE], types };
  return runFiles({
    ...o,
    extension: EXPORT_EXTENSION[o.format],
    verdictFile: sidecarPath,
    produce(file, text, engine) {
      const verdicts = sidecarPath(file);
      const side = sidecarFromBytes(readLimited(verdicts, MAX_VERDICT_FILE_BYTES), verdicts);
      if ('error' in side) return { error: `${side.error} (left untouched; nothing exported for ${file})` };
      const unreadable = side.sidecar.unreadable ?? [];
      const x = exportContext(basename(file), text, analyzeFile(engine, file, text, o.input).claims, side.sidecar.records, { ...options, unreadable });
      const listed = o.format === 'md' || o.format === 'json' ? 'listed in the export' : `not in a ${o.format} export`;
      const warning = unreadable.length ? `${plural(unreadable.length, 'record')} of ${verdicts} could not be read: kept in it, ${listed}` : undefined;
      return { out: exportAs(o.format, x), note: `${plural(x.claims.length, 'claim')}, ${x.claims.filter((c) => c.verdict).length} with verdicts`, warning };
    },
  });
}
