import { FORMATS, type Format } from './document';

/** A file's format by its name: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else plain text. */
export function formatOfPath(path: string): Format {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'text';
}

/** A VS Code document's format by its language id: `markdown`, `html`; plain text otherwise (plaintext, news). */
export function formatOfLanguage(languageId: string): Format {
  return languageId === 'markdown' ? 'markdown' : languageId === 'html' ? 'html' : 'text';
}

/** A format as a person writes it (`md`, `markdown`, `html`, `htm`, `text`, `txt`), or undefined. */
export function readFormat(name: string): Format | undefined {
  const n = name.toLowerCase();
  if (n === 'md') return 'markdown';
  if (n === 'htm') return 'html';
  if (n === 'txt') return 'text';
  return (FORMATS as readonly string[]).includes(n) ? (n as Format) : undefined;
}
