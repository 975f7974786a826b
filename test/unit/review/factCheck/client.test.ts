import assert from 'node:assert/strict';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { lookUp, lookupNotice, MAX_ANSWER_BYTES, searchUrl } from '../../../../src/review/factCheck/client';

const GOOD = {
  claims: [{
    text: 'The river walls will pay for themselves', claimant: 'Elena Varga', claimDate: '2026-03-03T00:00:00Z',
    claimReview: [{ publisher: { name: 'Harbourton Fact Desk', site: 'factdesk.example' }, url: 'https://factdesk.example/walls', title: 'Will they?', reviewDate: '2026-03-05T00:00:00Z', textualRating: 'Misleading', languageCode: 'en' }],
  }],
  nextPageToken: 'abc',
};
let base = '';
let elsewhere = '';
const seen: URL[] = [];
const keys: (string | undefined)[] = [];
/** Requests the second server (another origin: another port) received. */
const other: IncomingMessage[] = [];
/** Bytes the endless answer had sent when the client stopped it. */
let streamed = 0;

/** Writes up to `total` bytes, as fast as the client reads them, until it goes away. */
function endless(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  streamed = 0;
  const pump = () => {
    while (streamed < total && !res.destroyed) {
      streamed += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.write('{"claims": [');
  pump();
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  seen.push(url);
  keys.push(req.headers['x-goog-api-key'] as string | undefined);
  const scenario = url.pathname.slice(1);
  const redirect = (to: string) => { res.statusCode = 307; res.setHeader('location', to); res.end(); };
  if (scenario === 'away') return redirect(`${elsewhere}/ok${url.search}`);
  if (scenario === 'here') return redirect(`/ok${url.search}`);
  if (scenario === 'loop') return redirect('/loop');
  if (scenario === 'huge') return endless(res, 400 * 1024 * 1024);
  if (scenario === 'declared') { res.setHeader('content-length', String(400 * 1024 * 1024)); res.write('{'); return; }
  if (scenario === 'array') return void res.end(JSON.stringify([GOOD]));
  if (scenario === 'ok') return void res.end(JSON.stringify(GOOD));
  if (scenario === 'empty') return void res.end('{}');
  if (scenario === 'unauthorized') { res.statusCode = 401; return void res.end('{"error": {"code": 401}}'); }
  if (scenario === 'limited') { res.statusCode = 429; return void res.end('{}'); }
  if (scenario === 'malformed') return void res.end('{"claims": [ {"text": ');
  if (scenario === 'slow') return void setTimeout(() => res.end('{}'), 2000);
  res.statusCode = 404;
  res.end();
});

const second = createServer((req, res) => { other.push(req); res.end(JSON.stringify(GOOD)); });

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => second.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elsewhere = `http://127.0.0.1:${(second.address() as AddressInfo).port}`;
});
after(() => Promise.all([server, second].map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); }))));

test('the request carries query, languageCode and pageSize; the key goes in the X-Goog-Api-Key header, never in the URL', async () => {
  assert.equal(searchUrl('https://x.example/v1alpha1/claims:search', 'walls pay', { languageCode: 'en', pageSize: 3 }),
    'https://x.example/v1alpha1/claims:search?query=walls+pay&languageCode=en&pageSize=3');
  const r = await lookUp(`${base}/ok`, 'the walls will pay', { key: 'K', languageCode: 'en' });
  assert.ok('matches' in r);
  assert.equal(r.matches[0].claimant, 'Elena Varga');
  assert.deepEqual(r.matches[0].reviews[0], { publisher: 'Harbourton Fact Desk', site: 'factdesk.example', url: 'https://factdesk.example/walls', title: 'Will they?', reviewDate: '2026-03-05T00:00:00Z', textualRating: 'Misleading', languageCode: 'en' });
  const last = seen[seen.length - 1];
  assert.equal(last.searchParams.get('query'), 'the walls will pay');
  assert.equal(last.searchParams.get('key'), null);
  assert.ok(!last.href.includes('K'), last.href);
  assert.equal(keys[keys.length - 1], 'K');
  const empty = await lookUp(`${base}/empty`, 'q', { key: 'K' });
  assert.deepEqual(empty, { matches: [] });
});

test('401, 429, malformed JSON and a timeout each give one clear message', async () => {
  const cases: [string, RegExp][] = [
    ['unauthorized', /refused the API key \(401\)/],
    ['limited', /rate-limiting requests \(429\)/],
    ['malformed', /not JSON/],
  ];
  for (const [scenario, message] of cases) {
    const r = await lookUp(`${base}/${scenario}`, 'q', { key: 'K' });
    assert.ok('error' in r, scenario);
    assert.match(r.error, message);
  }
  const slow = await lookUp(`${base}/slow`, 'q', { key: 'K', timeoutMs: 300 });
  assert.ok('error' in slow);
  assert.match(slow.error, /did not answer within 0\.3 s/);
  const nowhere = await lookUp('not a url', 'q', { key: 'K' });
  assert.ok('error' in nowhere && /fact-check service address is not an http\(s\) URL/.test(nowhere.error), JSON.stringify(nowhere));
});

test('a redirect to another origin is not followed, and that origin never sees the request or the key; a same-origin one is', async () => {
  const away = await lookUp(`${base}/away`, 'q', { key: 'SECRET' });
  assert.ok('error' in away);
  assert.match(away.error, /redirected to another site \(127\.0\.0\.1:\d+\); not followed/);
  assert.equal(other.length, 0, 'the other origin received nothing');
  const here = await lookUp(`${base}/here`, 'the walls will pay', { key: 'K2' });
  assert.ok('matches' in here, JSON.stringify(here));
  assert.equal(seen[seen.length - 1].pathname, '/ok');
  assert.equal(seen[seen.length - 1].searchParams.get('query'), 'the walls will pay');
  assert.equal(keys[keys.length - 1], 'K2');
  const loop = await lookUp(`${base}/loop`, 'q', { key: 'K' });
  assert.ok('error' in loop && /redirected too many times/.test(loop.error), JSON.stringify(loop));
});

test('a 400 MB answer is cut at the cap, with a clear message, memory bounded; a declared one is refused before reading', async () => {
  const rss = process.memoryUsage().rss;
  const huge = await lookUp(`${base}/huge`, 'q', { key: 'K', timeoutMs: 20_000 });
  assert.ok('error' in huge);
  assert.match(huge.error, /answered with more than 2 MB; stopped reading/);
  assert.ok(streamed < 64 * 1024 * 1024, `the server had sent ${streamed} bytes`);
  assert.ok(process.memoryUsage().rss - rss < 200 * 1024 * 1024, 'memory stayed bounded');
  assert.equal(MAX_ANSWER_BYTES, 2 * 1024 * 1024);
  const started = Date.now();
  const declared = await lookUp(`${base}/declared`, 'q', { key: 'K', timeoutMs: 5000 });
  assert.ok('error' in declared && /answered with more than 2 MB/.test(declared.error), JSON.stringify(declared));
  assert.ok(Date.now() - started < 2000, 'refused at once, not at the time limit');
});

test('a top-level JSON array is a malformed answer, not "no fact-checks found"', async () => {
  const r = await lookUp(`${base}/array`, 'q', { key: 'K' });
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /unexpected answer/);
});

test('the service address: https, or plain http only to this machine; anything else is refused before a request', async () => {
  const count = seen.length;
  for (const bad of ['http://example.org/claims:search', 'http://127.0.0.1.evil.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org/']) {
    const r = await lookUp(bad, 'q', { key: 'K' });
    assert.ok('error' in r, bad);
    assert.match(r.error, /fact-check service address/, bad);
  }
  assert.match((await lookUp('http://example.org/', 'q', { key: 'K' }) as { error: string }).error, /must use https/);
  assert.equal(seen.length, count);
  assert.ok('matches' in (await lookUp(`${base}/ok`, 'q', { key: 'K' })));
});

test('turning the lookup on says where the claim and the key go, or that the address is refused', () => {
  assert.match(lookupNotice('https://factchecktools.googleapis.com/v1alpha1/claims:search'), /factchecktools\.googleapis\.com.*X-Goog-Api-Key header/s);
  assert.match(lookupNotice('http://attacker.example/'), /refused.*must use https/s);
});
