import { claimToBrat, writeBrat } from '../brat';
import type { ExportContext } from './context';

export function toBratExport(x: ExportContext): string {
  return writeBrat(x.claims.map((c) => claimToBrat(c.claim)), x.text);
}
