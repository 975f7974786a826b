/**
 * Google Fact Check Tools API (claims:search) client: builds the request,
 * enforces a time limit, and turns every failure into one clear sentence.
 * Used only when the user has turned the lookup on.
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

export function searchUrl(base: string, query: string, options: { languageCode?: string; pageSize?: number; key: string }): string {
  const u = new URL(base);
  u.searchParams.set('query', query);
  if (options.languageCode) u.searchParams.set('languageCode', options.languageCode);
  u.searchParams.set('pageSize', String(options.pageSize ?? 5));
  u.searchParams.set('key', options.key);
  return u.toString();
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
  if (!data || typeof data !== 'object') return { error: 'the fact-check service gave an unexpected answer' };
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

/** One lookup within `timeoutMs`; never throws. */
export async function lookUp(base: string, query: string, options: { key: string; languageCode?: string; pageSize?: number; timeoutMs?: number }): Promise<LookupResult> {
  const timeoutMs = options.timeoutMs ?? 8000;
  let url: string;
  try {
    url = searchUrl(base, query, options);
  } catch {
    return { error: `the fact-check service address is not a URL: ${base}` };
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
    const body = await res.text();
    if (!res.ok) return { error: httpError(res.status) };
    return parseResponse(body);
  } catch (e) {
    if (abort.signal.aborted) return { error: `the fact-check service did not answer within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s` };
    return { error: `the fact-check service could not be reached (${(e as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}
