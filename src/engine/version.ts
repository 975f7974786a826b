import type { ModelFiles } from './model/models';

/**
 * The engine's version, carried by every output that a later run should be
 * able to reproduce or tell apart (`extract`'s JSON, the exports, the index
 * lines of `claim-lens index`): `<package version>+r<ENGINE_REVISION>.<models hash>`,
 * e.g. `0.1.0+r1.1x3k9pa0m2c7q1`.
 *
 * The rule: the same version must mean the same claims for the same text.
 * - The models' part changes by itself: it is a hash of the model files'
 *   bytes, taken when the host loads them (`npm run train` changes it).
 * - The package's version comes from package.json at build time.
 * - The engine's code has no hash at run time (a bundle cannot hash itself
 *   reliably in every host), so ENGINE_REVISION is bumped by hand, in the
 *   commit that changes what the engine finds (claims, spans, speakers, types,
 *   confidence, ids) for some text. A change that leaves every output as it
 *   was (speed, comments) leaves it alone. `npm run eval` changing is the sign.
 */
export const ENGINE_REVISION = 4;

declare const CLAIM_LENS_VERSION: string | undefined;

/** package.json's version, defined by the bundler (scripts/build.mjs). */
export const PACKAGE_VERSION: string = typeof CLAIM_LENS_VERSION === 'string' ? CLAIM_LENS_VERSION : '0.0.0-dev';

/** 32-bit FNV-1a over a file's bytes, four at a time (about 1 ms a megabyte), with its length: as 7 base-36 digits. */
export function bytesHash(bytes: Uint8Array): string {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
  let h = 0x811c9dc5 ^ bytes.byteLength;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  for (let i = words.length * 4; i < bytes.byteLength; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** The version of the engine made from these model files (see ENGINE_REVISION for when it changes). */
export function engineVersion(files: ModelFiles): string {
  return `${PACKAGE_VERSION}+r${ENGINE_REVISION}.${bytesHash(files.cue)}${bytesHash(files.role)}`;
}
