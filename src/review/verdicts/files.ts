import { mergeWithFile } from './merge';
import { decodeSidecar, serializeSidecar } from './schema';
import type { Sidecar } from './types';

/** A file's bytes; undefined when there is no file. */
export type Bytes = Uint8Array | undefined;

/**
 * What a host gives verdict files: reading a file (bounded, regular files
 * only) and replacing its content with what `next` makes of its current
 * bytes, as atomically and under whatever lock the platform allows (Node: a
 * lock file and a renamed temporary file, src/hosts/node/lockedFile.ts; VS
 * Code's file system: a renamed temporary file, src/extension/sidecarFiles.ts).
 */
export interface FileAccess<F> {
  name(file: F): string;
  read(file: F): Promise<Bytes | { error: string }>;
  update(file: F, next: (current: Bytes) => { text: string } | { error: string }): Promise<{ written: true } | { error: string }>;
}

export interface VerdictFiles<F> {
  /** The file's verdicts (none when there is no file), or why it cannot be used (it is then never overwritten). */
  read(file: F): Promise<{ sidecar: Sidecar } | { error: string }>;
  /** Saves `sidecar` merged with what the file holds when it is written: nothing of either is lost. */
  save(file: F, sidecar: Sidecar): Promise<{ saved: Sidecar } | { error: string }>;
}

/** Verdicts read from bytes: none for no file, the file's, or why it cannot be used. */
export function sidecarFromBytes(bytes: Bytes | { error: string }, name: string): { sidecar: Sidecar } | { error: string } {
  if (!bytes) return { sidecar: { version: 1, records: [] } };
  if ('error' in bytes) return bytes;
  const parsed = decodeSidecar(bytes);
  return 'error' in parsed ? { error: `${name}: ${parsed.error}` } : parsed;
}

/** The one way verdict files are read and saved, over a host's file access. */
export function verdictFiles<F>(io: FileAccess<F>): VerdictFiles<F> {
  return {
    read: async (file) => sidecarFromBytes(await io.read(file), io.name(file)),
    async save(file, sidecar) {
      let saved: Sidecar | undefined;
      const written = await io.update(file, (bytes) => {
        const merged = mergeWithFile(bytes, sidecar);
        if ('error' in merged) return { error: `${io.name(file)}: ${merged.error}` };
        saved = merged.merged;
        return { text: serializeSidecar(merged.merged) };
      });
      return 'error' in written ? written : { saved: saved! };
    },
  };
}

/** `<article>.claims.json` beside the article. */
export function sidecarPath(articlePath: string): string {
  return `${articlePath}.claims.json`;
}
