import { markdownText } from '../review/markdownText';

/**
 * The translator of the extension's pure modules (labels, hover Markdown,
 * diagnostic messages, counts), which have no `vscode` so that unit tests read
 * them: `l10n.t('literal {0}', arg)`, as `vscode.l10n.t` is called. Until
 * activation hands it `vscode.l10n.t` (main.ts), it formats the English
 * message as VS Code does with no bundle: `{0}`, `{1}`… become the arguments,
 * once, so an argument's own braces are never read as placeholders.
 * Modules that import `vscode` call `vscode.l10n.t` directly.
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** The English message with its `{n}` placeholders filled in. */
export const english: Translate = (message, ...args) =>
  args.length ? message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)) : message;

let translate: Translate = english;
/** Every message the code has asked for: its own literals (l10n.test.ts checks that each call passes one). */
const literals = new Set<string>();

export const l10n = {
  t: ((message, ...args) => {
    literals.add(message);
    return translate(message, ...args);
  }) as Translate,
};

/** Sets the translator (activation: `vscode.l10n.t`). */
export function useTranslator(t: Translate): void {
  translate = t;
}

/** Text as Markdown text, its spaces at either end kept (markdownText trims them). */
const escaped = (s: string) => {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s)!;
  return core ? `${lead.replace(/\s+/g, ' ')}${markdownText(core)}${trail.replace(/\s+/g, ' ')}` : s.replace(/\s+/g, ' ');
};

/** A link's title in Markdown (`[label](target "title")`): a translation could hold a quote or a backslash. */
export const markdownLinkTitle = (s: string) => s.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&');

/**
 * A message for Markdown, from `l10n.t('Type: {0}')` called without
 * arguments, with `args` (Markdown already: escaped or made by the caller) in
 * its placeholders. The code's own literal is Markdown as written; a
 * translation comes from a file, untrusted like any other text, so its words
 * are escaped and only the arguments are Markdown.
 */
export function markdownMessage(template: string, ...args: string[]): string {
  const own = literals.has(template);
  return template.split(/(\{\d+\})/).map((part) => {
    const i = /^\{(\d+)\}$/.exec(part);
    if (i && Number(i[1]) < args.length) return args[Number(i[1])];
    return own ? part : escaped(part);
  }).join('');
}
