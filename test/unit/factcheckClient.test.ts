import assert from 'node:assert/strict';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { lookUp, searchUrl } from '../../src/factcheck/client';

const GOOD = {
  claims: [{
    text: 'The river walls will pay for themselves', claimant: 'Elena Varga', claimDate: '2026-03-03T00:00:00Z',
    claimReview: [{ publisher: { name: 'Harbourton Fact Desk', site: 'factdesk.example' }, url: 'https://factdesk.example/walls', title: 'Will they?', reviewDate: '2026-03-05T00:00:00Z', textualRating: 'Misleading', languageCode: 'en' }],
  }],
  nextPageToken: 'abc',
};
let base = '';
const seen: URL[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  seen.push(url);
  const scenario = url.pathname.slice(1);
  if (scenario === 'ok') return void res.end(JSON.stringify(GOOD));
  if (scenario === 'empty') return void res.end('{}');
  if (scenario === 'unauthorized') { res.statusCode = 401; return void res.end('{"error": {"code": 401}}'); }
  if (scenario === 'limited') { res.statusCode = 429; return void res.end('{}'); }
  if (scenario === 'malformed') return void res.end('{"claims": [ {"text": ');
  if (scenario === 'slow') return void setTimeout(() => res.end('{}'), 2000);
  res.statusCode = 404;
  res.end();
});

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

test('the request carries query, languageCode, pageSize and key', async () => {
  assert.equal(searchUrl('https://x.example/v1alpha1/claims:search', 'walls pay', { key: 'K', languageCode: 'en', pageSize: 3 }),
    'https://x.example/v1alpha1/claims:search?query=walls+pay&languageCode=en&pageSize=3&key=K');
  const r = await lookUp(`${base}/ok`, 'the walls will pay', { key: 'K', languageCode: 'en' });
  assert.ok('matches' in r);
  assert.equal(r.matches[0].claimant, 'Elena Varga');
  assert.deepEqual(r.matches[0].reviews[0], { publisher: 'Harbourton Fact Desk', site: 'factdesk.example', url: 'https://factdesk.example/walls', title: 'Will they?', reviewDate: '2026-03-05T00:00:00Z', textualRating: 'Misleading', languageCode: 'en' });
  const last = seen[seen.length - 1];
  assert.equal(last.searchParams.get('query'), 'the walls will pay');
  assert.equal(last.searchParams.get('key'), 'K');
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
  assert.ok('error' in nowhere && /not a URL/.test(nowhere.error));
});
