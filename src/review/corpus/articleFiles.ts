/**
 * Which files are articles, for `claim-lens index` and `report` (folders
 * walked, src/cli/index/walk.ts) and the extension's workspace index
 * (claimLens.workspace.include / exclude): the extensions of the languages
 * Claim Lens reads, and the folders left out. Pure data.
 */

/** The file extensions of each language id Claim Lens can analyse (claimLens.languages). */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  plaintext: ['.txt', '.text'],
  markdown: ['.md', '.markdown'],
  news: ['.news', '.article'],
  html: ['.html', '.htm'],
};

/** The extensions of the default languages (plain text, Markdown, news): what a folder given to the CLI is walked for. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['plaintext', 'markdown', 'news'].flatMap((l) => LANGUAGE_EXTENSIONS[l]);

/** Folders never walked into, besides hidden ones (whose name starts with a dot). */
export const EXCLUDED_FOLDERS: readonly string[] = ['node_modules', 'dist', 'out', 'build', 'target', 'coverage', '__pycache__'];

/** The default of claimLens.workspace.include: a glob for each extension of the analysed languages. */
export function includeGlobs(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((l) => LANGUAGE_EXTENSIONS[l] ?? []))].map((ext) => `**/*${ext}`);
}

/** The default of claimLens.workspace.exclude: the excluded folders and hidden folders, anywhere. */
export const EXCLUDE_GLOBS: readonly string[] = ['**/.*/**', ...EXCLUDED_FOLDERS.map((f) => `**/${f}/**`)];
