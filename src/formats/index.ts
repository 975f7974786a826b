/**
 * Articles as they arrive: a file's text in a format (plain text, Markdown,
 * HTML) becomes the prose the engine reads, with a map from prose offsets back
 * to the file; and the language the prose is in. Everything outside
 * src/formats imports from here.
 */
export { detectLanguage, isForeign, languageName, MIN_LETTERS, type DetectedLanguage } from './language';
export { FORMATS, type Format, type Prose, ProseConverter, toProse } from './document';
export { IDENTITY, mapSpan, type ProseMap } from './proseMap';
export { mapAnalysis, mapClaim } from './claims';
export { formatOfPath, formatOfLanguage, readFormat } from './detect';
