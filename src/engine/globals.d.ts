/**
 * The only host globals the engine uses, which every host it runs in (Node,
 * browsers, workers of both) provides. Declared here rather than taken from
 * the DOM or Node typings, so that nothing else of a host can creep in.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare const performance: { now(): number } | undefined;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
