/** Model files are inlined by esbuild's binary loader. */
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
