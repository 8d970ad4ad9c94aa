/**
 * The response cache and representations (server/http/response-cache.ts, representation.ts, etag.ts)
 * over the whole app: a hit is the same bytes and headers as the miss, without running the route;
 * the key holds build, URL, body, Accept and Accept-Language; a hit passes every check a miss passes
 * (CSRF prevention, the rate limit); ETags are per representation and If-None-Match is read as RFC
 * 9110 says; an error is never stored, never tagged, never answered with a 304.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityTag, ifNoneMatchMatches } from '../../server/http/etag.js';
import { ResponseCache, slotOf } from '../../server/http/response-cache.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const gqlGet = (query: string, extra = '') => `/graphql?query=${encodeURIComponent(query)}${extra}`;
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('If-None-Match, per RFC 9110', () => {
  const tag = entityTag('application/json', '{"a":1}');
  it.each([
    [tag, true], [`W/${tag}`, true], ['*', true], [` "x", ${tag} `, true], [`"x",W/${tag}`, true],
    ['"x"', false], ['', false], [tag.slice(0, -2) + '"', false], ['W/"x", "y"', false],
  ])('%s matches: %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });
  it('tags each representation: another type or other bytes, another tag', () => {
    expect(entityTag('application/json', '{}')).not.toBe(entityTag(`${GRAPHQL_RESPONSE}; charset=utf-8`, '{}'));
    expect(entityTag('application/json', '{}')).not.toBe(entityTag('application/json', '{ }'));
  });
});

describe('the cache store', () => {
  const variant = { buildId: 'b1', accept: undefined, acceptLanguage: undefined };
  const get = (cache: ResponseCache, slot: string) => cache.get(slot, 'b1', undefined, undefined);
  it('evicts what was not served recently first', () => {
    const cache = new ResponseCache(3);
    const put = (k: string) => cache.set(k, variant, Buffer.from(k), {});
    for (const k of ['k1', 'k2', 'k3']) put(k);
    expect(get(cache, 'k1')).toBeDefined();
    put('k4');
    put('k5');
    expect(get(cache, 'k1'), 'served again, it stays').toBeDefined();
    expect(get(cache, 'k5'), 'the newest stays').toBeDefined();
    expect(get(cache, 'k2'), 'never served again, it went first').toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 3, hits: 3, misses: 1 });
  });
  it('is bounded by bytes', () => {
    const cache = new ResponseCache(100, 10);
    cache.set('a', variant, Buffer.alloc(6), {});
    cache.set('b', variant, Buffer.alloc(6), {});
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 6 });
  });
  it('keeps the answers of one slot apart by build, Accept and Accept-Language, and replaces only the same one', () => {
    const cache = new ResponseCache();
    const variants = [variant, { ...variant, buildId: 'b2' }, { ...variant, accept: 'application/json' }, { ...variant, acceptLanguage: 'ko' }];
    variants.forEach((v, i) => cache.set('/x', v, Buffer.from(String(i)), {}));
    variants.forEach((v, i) => expect(cache.get('/x', v.buildId, v.accept, v.acceptLanguage)?.body.toString()).toBe(String(i)));
    cache.set('/x', variants[2]!, Buffer.from('new'), {});
    expect(cache.get('/x', 'b1', 'application/json', undefined)?.body.toString()).toBe('new');
    expect(cache.get('/x', 'b3', undefined, undefined), 'another build: not held').toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 4, bytes: 6 });
  });
  it('never confuses a GET with a POST to the same URL', () => {
    expect(slotOf('GET', '/graphql?query=x', undefined)).not.toBe(slotOf('POST', '/graphql?query=x', ''));
    expect(slotOf('POST', '/graphql', 'a'.repeat(5000))).toBe(slotOf('POST', '/graphql', 'a'.repeat(5000)));
    expect(slotOf('POST', '/graphql', 'a'.repeat(5000))).not.toBe(slotOf('POST', '/graphql', 'b'.repeat(5000)));
  });
});

describe('the response cache in the app', () => {
  it('answers a repeated REST search, GraphQL GET and GraphQL POST with the same bytes and headers', async () => {
    for (const request of [
      { url: '/api/v1/search?q=restart&limit=3' },
      { url: gqlGet('{ search(query: "volume") { totalCount } }'), headers: { accept: GRAPHQL_RESPONSE } },
      { method: 'POST' as const, url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ search(query: "재시작") { totalCount } }' }) },
    ]) {
      const first = await t.app.inject(request);
      const again = await t.app.inject(request);
      expect(first.statusCode).toBe(200);
      expect(first.headers['x-dref-cache']).toBeUndefined();
      expect(again.headers['x-dref-cache']).toBe('hit');
      expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
      for (const name of ['content-type', 'content-length', 'etag', 'cache-control', 'vary', 'x-content-type-options']) expect(again.headers[name], name).toBe(first.headers[name]);
    }
  });

  it('keeps application/graphql-response+json and application/json apart, each served as its own type with its own ETag', async () => {
    const url = gqlGet('{ instruction(name: "COPY") { name } }');
    const asked = async (accept: string | undefined) => t.app.inject({ url, headers: accept ? { accept } : {} });
    const modern = await asked(`${GRAPHQL_RESPONSE}, application/json;q=0.9`);
    const legacy = await asked('application/json');
    const modernHit = await asked(`${GRAPHQL_RESPONSE}, application/json;q=0.9`);
    const legacyHit = await asked('application/json');
    expect(modern.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(legacy.headers['content-type']).toMatch(/^application\/json/);
    expect(modernHit.headers).toMatchObject({ 'x-dref-cache': 'hit', 'content-type': modern.headers['content-type'], etag: modern.headers.etag });
    expect(legacyHit.headers).toMatchObject({ 'x-dref-cache': 'hit', 'content-type': legacy.headers['content-type'], etag: legacy.headers.etag });
    expect(modern.headers.etag).not.toBe(legacy.headers.etag);
    expect(modern.headers.vary).toBe('Accept, Accept-Language, Origin');
  });

  it('keys on Accept-Language: the Korean answer is not served to an English reader', async () => {
    const url = '/api/v1/entries/instruction:HEALTHCHECK';
    const en = await t.app.inject({ url });
    const ko = await t.app.inject({ url, headers: { 'accept-language': 'ko' } });
    const koHit = await t.app.inject({ url, headers: { 'accept-language': 'ko' } });
    expect(ko.json().summary).not.toBe(en.json().summary);
    expect(koHit.headers['x-dref-cache']).toBe('hit');
    expect(koHit.json().summary).toBe(ko.json().summary);
    expect(ko.headers.etag).not.toBe(en.headers.etag);
  });

  it('answers 304 for a matching If-None-Match: exact, weak, in a list, or *', async () => {
    const url = '/api/v1/search?q=layers';
    const first = await t.app.inject({ url });
    const tag = first.headers.etag as string;
    for (const header of [tag, `W/${tag}`, `"nope", ${tag}`, '*']) {
      const r = await t.app.inject({ url, headers: { 'if-none-match': header } });
      expect(r.statusCode, header).toBe(304);
      expect(r.body).toBe('');
      expect(r.headers.etag).toBe(tag);
    }
    expect((await t.app.inject({ url, headers: { 'if-none-match': '"nope"' } })).statusCode).toBe(200);
  });

  it('runs CSRF prevention before the cache: a text/plain GraphQL POST is refused after a JSON one was cached', async () => {
    const payload = JSON.stringify({ query: '{ build { id } }' });
    const json = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
    const again = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
    expect(again.headers['x-dref-cache']).toBe('hit');
    expect(json.statusCode).toBe(200);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refused = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': type }, payload });
      expect(refused.statusCode, type).toBe(415);
      expect(refused.json().errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('runs the rate limit before the cache: a cached answer is still counted', async () => {
    const limited = await createTestApp({ rateLimit: 3 });
    const statuses: (number | string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await limited.app.inject({ url: '/api/v1/recipes' });
      statuses.push(r.statusCode === 200 ? r.headers['x-dref-cache'] ?? 'miss' : r.statusCode);
    }
    expect(statuses).toEqual(['miss', 'hit', 'hit', 429, 429]);
    await limited.close();
  });

  it('never stores, tags or 304s an error: a persisted query not found, then found', async () => {
    const query = '{ build { version } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const url = `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))}`;
    const miss = await t.app.inject({ url, headers: { 'if-none-match': '*' } });
    expect(miss.statusCode).not.toBe(304);
    expect(miss.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.headers.etag).toBeUndefined();
    expect(miss.headers['cache-control']).toBe('no-store');
    const missAgain = await t.app.inject({ url });
    expect(missAgain.headers['x-dref-cache']).toBeUndefined();
    await t.app.inject({ url: `${url}&query=${encodeURIComponent(query)}` });
    const found = await t.app.inject({ url, headers: { 'if-none-match': miss.headers.etag ?? '"none"' } });
    expect(found.statusCode).toBe(200);
    expect(found.json().data.build.version).toBeTruthy();
    for (const bad of [{ url: '/api/v1/entries/nope' }, { url: gqlGet('{ search(query: "x", first: 500) { totalCount } }') }]) {
      const r = await t.app.inject(bad);
      expect(r.statusCode, bad.url).toBeGreaterThanOrEqual(200);
      expect(r.headers.etag, bad.url).toBeUndefined();
      expect(r.headers['cache-control'], bad.url).toBe('no-store');
      expect((await t.app.inject({ ...bad, headers: { 'if-none-match': '*' } })).statusCode, bad.url).not.toBe(304);
    }
  });

  it("reads JSON bodies with Fastify's own parser: bad JSON and prototype poisoning are 400s", async () => {
    const post = (payload: string) => t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
    for (const payload of ['{"query": ', '{"__proto__": {"polluted": 1}, "query": "{ build { buildId } }"}']) {
      const r = await post(payload);
      expect(r.statusCode, payload).toBe(400);
      expect(r.json().errors?.[0]?.extensions?.code, payload).toBeTruthy();
    }
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('is off with responseCacheEntries: 0, and answers still carry ETags', async () => {
    const plain = await createTestApp({ responseCacheEntries: 0 });
    const a = await plain.app.inject({ url: '/api/v1/sections' });
    const b = await plain.app.inject({ url: '/api/v1/sections', headers: { 'if-none-match': a.headers.etag as string } });
    expect(a.headers['x-dref-cache']).toBeUndefined();
    expect(b.statusCode).toBe(304);
    expect(b.headers['x-dref-cache']).toBeUndefined();
    await plain.close();
  });
});
