/** The Google Fact Check Explorer search page for a claim (opened in the user's browser, only on request). */
export function factCheckExplorerUrl(query: string, language = 'en'): string {
  return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(query)};hl=${encodeURIComponent(language)}`;
}

/** The words of a claim's content worth searching for: no quote marks, one line, at most 200 characters. */
export function factCheckQuery(content: string): string {
  return content.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
}
