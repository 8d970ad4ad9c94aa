/**
 * The response cache (server/http/response-cache.ts) on a real Fastify app with routes that count
 * their calls: a hit answers the same bytes and headers without running the route; what is not
 * cacheable is never stored; the build id, the language and a POST's body are part of the key;
 * eviction keeps what was served recently; and over the whole app, a hit equals the first answer.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerResponseCache } from '../../server/http/response-cache.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let build = 'build-1';
const calls = new Map<string, number>();
const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);

async function appWith(maxEntries: number): Promise<FastifyInstance> {
  const app = Fastify();
  registerResponseCache(app, { buildId: () => build, maxEntries });
  app.get('/api/v1/echo/:word', async (request, reply) => {
    const { word } = request.params as { word: string };
    count(word);
    void reply.header('etag', `"${word}"`).header('cache-control', 'public, max-age=300');
    return { word: `${word} 재시작 ${request.headers['accept-language'] ?? ''}`, calls: calls.get(word) };
  });
  app.get('/api/v1/private', async (_request, reply) => { count('private'); void reply.header('cache-control', 'private'); return { n: calls.get('private') }; });
  app.get('/api/v1/fails', async (_request, reply) => { count('fails'); return reply.code(404).send({ error: 'nope' }); });
  app.get('/elsewhere', async () => { count('elsewhere'); return { n: calls.get('elsewhere') }; });
  app.post('/graphql', async (request) => { count('post'); return { echo: request.body, n: calls.get('post') }; });
  await app.ready();
  return app;
}

describe('the response cache', () => {
  it('answers a repeated request with the same bytes and headers, without running the route', async () => {
    const app = await appWith(10);
    const first = await app.inject({ url: '/api/v1/echo/a' });
    const second = await app.inject({ url: '/api/v1/echo/a' });
    expect(calls.get('a')).toBe(1);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers['x-dref-cache']).toBe('hit');
    for (const name of ['content-type', 'etag', 'cache-control', 'content-length']) expect(second.headers[name], name).toBe(first.headers[name]);
    const notModified = await app.inject({ url: '/api/v1/echo/a', headers: { 'if-none-match': '"a"' } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers['content-length']).toBeUndefined();
    expect(calls.get('a')).toBe(1);
  });

  it('keys on the build, the language and the body of a POST', async () => {
    const app = await appWith(10);
    await app.inject({ url: '/api/v1/echo/b' });
    const ko = await app.inject({ url: '/api/v1/echo/b', headers: { 'accept-language': 'ko' } });
    expect(ko.json().word).toBe('b 재시작 ko');
    expect(calls.get('b')).toBe(2);
    build = 'build-2';
    await app.inject({ url: '/api/v1/echo/b' });
    expect(calls.get('b'), 'a rebuilt database is not answered from the old build').toBe(3);
    const post = (payload: unknown) => app.inject({ method: 'POST', url: '/graphql', payload: payload as object });
    await post({ query: '{ a }' });
    await post({ query: '{ a }' });
    expect((await post({ query: '{ b }' })).json().echo).toEqual({ query: '{ b }' });
    expect(calls.get('post')).toBe(2);
  });

  it('stores only cacheable answers: not private ones, not errors, not other paths', async () => {
    const app = await appWith(10);
    for (let i = 0; i < 2; i++) {
      await app.inject({ url: '/api/v1/private' });
      await app.inject({ url: '/api/v1/fails' });
      await app.inject({ url: '/elsewhere' });
    }
    expect([calls.get('private'), calls.get('fails'), calls.get('elsewhere')]).toEqual([2, 2, 2]);
  });

  it('evicts what was not served recently first', async () => {
    const app = await appWith(3);
    const get = (word: string) => app.inject({ url: `/api/v1/echo/${word}` });
    for (const word of ['k1', 'k2', 'k3']) await get(word);
    await get('k1'); // a hit
    await get('k4'); // one of k1..k3 must go
    await get('k5');
    await get('k1');
    expect(calls.get('k1'), 'served again and again, it stays').toBe(1);
    await get('k5');
    expect(calls.get('k5'), 'the newest stays').toBe(1);
    await get('k2');
    expect(calls.get('k2'), 'never served again, it went first').toBe(2);
  });
});

describe('the response cache in the app', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t.close(); });

  it('answers a repeated REST search and GraphQL POST exactly as the first time', async () => {
    for (const request of [
      { url: '/api/v1/search?q=restart&limit=3' },
      { method: 'POST' as const, url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ search(query: "재시작") { totalCount } }' }) },
    ]) {
      const first = await t.app.inject(request);
      const again = await t.app.inject(request);
      expect(first.statusCode).toBe(200);
      expect(again.headers['x-dref-cache']).toBe('hit');
      expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
      expect(again.headers['content-length']).toBe(first.headers['content-length']);
    }
  });

  it("reads JSON bodies with Fastify's own parser: bad JSON and prototype poisoning are 400s", async () => {
    const post = (payload: string) => t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
    for (const payload of ['{"query": ', '{"__proto__": {"polluted": 1}, "query": "{ build { buildId } }"}']) {
      const r = await post(payload);
      expect(r.statusCode, payload).toBe(400);
      expect(r.json().errors?.[0]?.extensions?.code ?? r.json().error?.code, payload).toBeTruthy();
    }
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});
