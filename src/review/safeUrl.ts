/**
 * The one gate for URLs that come from untrusted places (a verdict file's
 * evidence, a fact-check API answer, a setting, a command-line flag) before
 * they become a link, a ClaimReview field or a request: a well-formed http or
 * https URL with a host and no credentials, as the URL parser normalises it
 * (so no raw spaces, newlines, `<`, `>` or parentheses reach Markdown), or
 * nothing.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  const trimmed = value.trim();
  // A URL with a control character or a space inside is no link someone meant to write.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(trimmed)) return undefined;
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password) return undefined;
  // The parser percent-encodes most of what could end a Markdown link target; these it leaves.
  return u.href.replace(/[()<>\[\]'"`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A host a plain-http request may go to: the machine itself (test servers). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
