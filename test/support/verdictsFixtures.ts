import { join } from 'node:path';
import type { Verdict, VerdictRecord } from '../../src/review/verdicts/index';
import { tempDir } from './tempDir';

/** A verdict record that needs no analysis: for tests of the file, the merge and the schema. */
export function record(id: string, verdict: Partial<Verdict> = {}): VerdictRecord {
  return {
    id,
    key: { source: 'a source', cue: 'said', content: `claim ${id}`, before: '', after: '' },
    claimId: `c-${id}`,
    verdict: { rating: 'True', updated: '2026-11-28T10:00:00.000Z', ...verdict },
  };
}

/** A fresh folder and the path of an article's verdict file in it. */
export function tempSidecar(name = 'article.news'): { dir: string; path: string } {
  const dir = tempDir('claim-lens-verdicts-');
  return { dir, path: join(dir, `${name}.claims.json`) };
}
