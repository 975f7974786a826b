import { MAX_VERDICT_FILE_BYTES, sidecarFromBytes, sidecarPath, verdictFiles, type Sidecar } from '../../src/review/verdicts/index';
import { lockedFiles, readLimited } from '../../src/hosts/node/lockedFile';

/**
 * Verdict files read and saved as the CLI and the desktop extension host do
 * (src/review/verdicts/files.ts over src/hosts/node/lockedFile.ts).
 */
const files = verdictFiles(lockedFiles(MAX_VERDICT_FILE_BYTES));

export function readSidecar(path: string): { sidecar: Sidecar } | { error: string } {
  return sidecarFromBytes(readLimited(path, MAX_VERDICT_FILE_BYTES), path);
}

export const saveSidecar = (path: string, sidecar: Sidecar) => files.save(path, sidecar);
export { sidecarPath };
