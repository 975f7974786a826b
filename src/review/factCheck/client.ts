import { httpUrl, isLoopbackHost } from '../safeUrl';

/**
 * Google Fact Check Tools API (claims:search) client: builds the request,
 * enforces a time limit, and turns every failure into one clear sentence.
 * Used only when the user has turned the lookup on. The key travels in the
 * `X-Goog-Api-Key` header, never in the URL, and only to an https address
 * (plain http only to this machine, for test servers); a redirect to another
 * origin is not followed; an answer over MAX_ANSWER_BYTES is not read.
 */
export interface FactCheckReview {
  publisher?: string;
  site?: string;
  url?: string;
  title?: string;
  reviewDate?: string;
  textualRating?: string;
  languageCode?: string;
}

export interface FactCheckMatch {
  text: string;
  claimant?: string;
  claimDate?: string;
  reviews: FactCheckReview[];
}

export type LookupResult = { matches: FactCheckMatch[] } | { error: string };

export const DEFAULT_API_BASE = 'https://factchecktools.googleapis.com/v1alpha1/claims:search';

/** The longest answer read: a page of five claims is a few kilobytes. */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

/** The request's URL: the query and options, never the key. */
export function searchUrl(base: string, query: string, options: { languageCode?: string; pageSize?: number }): string {
  const u = new URL(base);
  u.searchParams.set('query', query);
  if (options.languageCode) u.searchParams.set('languageCode', options.languageCode);
  u.searchParams.set('pageSize', String(options.pageSize ?? 5));
  return u.toString();
}

/** The service's address if the key may go there: https, or http to this machine only. */
export function serviceAddress(base: string): { url: URL } | { error: string } {
  const href = httpUrl(base);
  if (!href) return { error: `the fact-check service address is not an http(s) URL: ${JSON.stringify(base.slice(0, 200))}` };
  const url = new URL(href);
  if (url.protocol !== 'https:' && !isLoopbackHost(url.hostname)) return { error: `the fact-check service address must use https (plain http only to this machine): ${url.host}` };
  return { url };
}

/** What turning the lookup on tells the user: where the claim's text and the key go. */
export function lookupNotice(base: string): string {
  const address = serviceAddress(base);
  if ('error' in address) return `Fact-check lookup is on, but its address is refused, so nothing will be sent: ${address.error} (claimLens.factCheck.apiBaseUrl in your user settings).`;
  return `Fact-check lookup is on: when you look a claim up, its text goes to ${address.url.host} with your API key in the X-Goog-Api-Key header (never in the address). Nothing is sent otherwise.`;
}

/** The question asked before a lookup from the hover sends anything. */
export function lookupQuestion(base: string): string {
  const address = serviceAddress(base);
  const host = 'error' in address ? 'the fact-check service' : address.url.host;
  return `Look up published fact-checks for this claim? Its text goes to ${host}, with your API key.`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The API's JSON as matches, or why it is not what the API should answer. */
export function parseResponse(json: string): LookupResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'the fact-check service answered with something that is not JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'the fact-check service gave an unexpected answer (not a JSON object)' };
  const claims = (data as { claims?: unknown }).claims;
  if (claims === undefined) return { matches: [] };
  if (!Array.isArray(claims)) return { error: 'the fact-check service gave an unexpected answer (claims is not a list)' };
  return {
    matches: claims.filter((c) => c && typeof c === 'object').map((c: Record<string, unknown>) => ({
      text: str(c.text) ?? '',
      claimant: str(c.claimant),
      claimDate: str(c.claimDate),
      reviews: (Array.isArray(c.claimReview) ? c.claimReview : []).filter((r: unknown) => r && typeof r === 'object').map((r: Record<string, unknown>) => {
        const publisher = (r.publisher ?? {}) as Record<string, unknown>;
        return {
          publisher: str(publisher.name), site: str(publisher.site), url: str(r.url), title: str(r.title),
          reviewDate: str(r.reviewDate), textualRating: str(r.textualRating), languageCode: str(r.languageCode),
        };
      }),
    })),
  };
}

export function httpError(status: number): string {
  if (status === 400) return 'the fact-check service refused the request (400)';
  if (status === 401 || status === 403) return `the fact-check service refused the API key (${status}); set it again with "Claim Lens: Set Fact Check API Key"`;
  if (status === 429) return 'the fact-check service is rate-limiting requests (429); try again in a minute';
  if (status >= 500) return `the fact-check service failed (${status}); try again later`;
  return `the fact-check service answered ${status}`;
}

/** The body, read as a stream and abandoned past `cap` bytes (a declared length over it is not read at all). */
async function readCapped(res: Response, cap: number): Promise<string | { error: string }> {
  const tooLong = { error: `the fact-check service answered with more than ${cap / 1024 / 1024} MB; stopped reading` };
  if (Number(res.headers.get('content-length')) > cap) {
    await res.body?.cancel().catch(() => undefined);
    return tooLong;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > cap) {
      await reader.cancel().catch(() => undefined);
      return tooLong;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** GET with the key in a header, following same-origin redirects only (a few at most). */
async function getJson(start: URL, key: string, signal: AbortSignal): Promise<Response | { error: string }> {
  let url = start;
  for (let hops = 0; ; hops++) {
    const res = await fetch(url, { signal, redirect: 'manual', headers: { accept: 'application/json', 'x-goog-api-key': key } });
    // A browser hides where a redirect goes: it is not followed.
    if (res.type === 'opaqueredirect') return { error: 'the fact-check service redirected the request; redirects are not followed' };
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location === null) return res;
    await res.body?.cancel().catch(() => undefined);
    const next = new URL(location, url);
    if (next.origin !== url.origin) return { error: `the fact-check service redirected to another site (${next.host}); not followed, so your API key was not sent there` };
    if (hops >= MAX_REDIRECTS) return { error: 'the fact-check service redirected too many times' };
    url = next;
  }
}

/** One lookup within `timeoutMs`; never throws. */
export async function lookUp(base: string, query: string, options: { key: string; languageCode?: string; pageSize?: number; timeoutMs?: number }): Promise<LookupResult> {
  const timeoutMs = options.timeoutMs ?? 8000;
  const address = serviceAddress(base);
  if ('error' in address) return address;
  const url = new URL(searchUrl(address.url.href, query, options));
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await getJson(url, options.key, abort.signal);
    if ('error' in res) return res;
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { error: httpError(res.status) };
    }
    const body = await readCapped(res, MAX_ANSWER_BYTES);
    return typeof body === 'string' ? parseResponse(body) : body;
  } catch (e) {
    if (abort.signal.aborted) return { error: `the fact-check service did not answer within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s` };
    return { error: `the fact-check service could not be reached (${(e as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}
