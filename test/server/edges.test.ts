/**
 * The sharp edges, over a real socket on loopback: every error — the routes', Fastify's and Node's
 * own (bad URL encoding, unknown routes and methods, bodies too large or of the wrong type, headers
 * too large, refused preflights) — answers in the one envelope of its route with the right status;
 * slow clients are cut off by the header and request timeouts; security headers are on every answer;
 * probes are never rate-limited.
 */
import { openApiSchemas } from '../helpers/openapi-schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, tricklingRequest } from '../helpers/raw-http.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ corsOrigins: ['https://docs.example'], headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => { await t.close(); });

const ajv = openApiSchemas;
const restEnvelope = ajv.getSchema('openapi#/components/schemas/Error')!;
const graphqlEnvelope = ajv.compile({
  type: 'object', required: ['errors'], additionalProperties: false,
  properties: { errors: { type: 'array', minItems: 1, items: { type: 'object', required: ['message', 'extensions'], properties: { message: { type: 'string', minLength: 1 }, extensions: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } } } } } },
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const http = (method: string, path: string, headers: Record<string, string> = {}, body = '') => {
  const all = { host: '127.0.0.1', connection: 'close', ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers };
  return `${method} ${path} HTTP/1.1\r\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
};

describe('one error envelope for every error', () => {
  const json = { 'content-type': 'application/json' };
  const preflight = (origin: string, method: string) => ({ origin, 'access-control-request-method': method });
  const cases: [string, string, number, string, Record<string, string>?][] = [
    ['bad URL encoding', http('GET', '/api/v1/sections/%FF'), 400, 'BAD_INPUT'],
    ['bad URL encoding, GraphQL', http('GET', '/graphql?query=%FF', { accept: GRAPHQL_RESPONSE }), 400, 'GRAPHQL_PARSE_FAILED'],
    ['unknown route', http('GET', '/api/v1/nothing'), 404, 'NOT_FOUND'],
    ['unknown top-level route', http('GET', '/wp-admin'), 404, 'NOT_FOUND'],
    ['unsupported method on a REST route', http('DELETE', '/api/v1/search?q=x'), 405, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD, OPTIONS' }],
    ['GET on a POST route', http('GET', '/api/v1/lint'), 405, 'METHOD_NOT_ALLOWED', { allow: 'POST, OPTIONS' }],
    ['unsupported method on /graphql', http('PUT', '/graphql', json, '{}'), 405, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD, POST, OPTIONS' }],
    ['body over the limit', http('POST', '/api/v1/generate', json, `{"command":"${'x'.repeat(1_100_000)}"}`), 413, 'TOO_LARGE'],
    ['body over the limit, GraphQL', http('POST', '/graphql', json, `{"query":"${'x'.repeat(1_100_000)}"}`), 413, 'TOO_LARGE'],
    ['content type no route reads', http('POST', '/api/v1/generate', { 'content-type': 'application/xml' }, '<x/>'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['GraphQL POST as text/plain', http('POST', '/graphql', { 'content-type': 'text/plain' }, '{"query":"{ build { id } }"}'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['GraphQL POST without a type', http('POST', '/graphql', {}, '{"query":"{ build { id } }"}'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['malformed JSON', http('POST', '/api/v1/generate', json, '{"command":'), 400, 'BAD_INPUT'],
    ['empty JSON body', http('POST', '/api/v1/generate', json, ''), 400, 'BAD_INPUT'],
    ['headers over the limit', http('GET', '/api/v1/search?q=x', { cookie: 'x'.repeat(20_000) }), 431, 'HEADERS_TOO_LARGE'],
    ['not HTTP at all', 'HELLO\r\n\r\n', 400, 'BAD_INPUT'],
    ['preflight from an origin not allowed', http('OPTIONS', '/graphql', preflight('https://evil.example', 'POST')), 403, 'FORBIDDEN'],
    ['preflight for a method the path does not answer', http('OPTIONS', '/api/v1/search', preflight('https://docs.example', 'DELETE')), 405, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD, OPTIONS' }],
    ['preflight for an unknown path', http('OPTIONS', '/api/v1/nothing', preflight('https://docs.example', 'GET')), 404, 'NOT_FOUND'],
    ['GraphQL syntax error', http('POST', '/graphql', { ...json, accept: GRAPHQL_RESPONSE }, '{"query":"{ search("}'), 400, 'GRAPHQL_PARSE_FAILED'],
    ['GraphQL validation error', http('POST', '/graphql', { ...json, accept: GRAPHQL_RESPONSE }, '{"query":"{ serch }"}'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['GraphQL syntax error answered as application/json', http('POST', '/graphql', json, '{"query":"{ search("}'), 200, 'GRAPHQL_PARSE_FAILED'],
    ['generate: options [null]', http('POST', '/api/v1/generate', json, '{"command":"run","options":[null]}'), 400, 'BAD_INPUT'],
  ];
  it.each(cases)('%s', async (_name, request, status, code, headers) => {
    const r = await rawRequest(base, request);
    expect(r.status, r.body).toBe(status);
    expect(r.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(r.body) as { error?: { code: string; message: string }; errors?: { extensions: { code: string } }[] };
    const isGraphQL = body.errors !== undefined;
    expect(isGraphQL ? graphqlEnvelope(body) : restEnvelope(body), r.body).toBe(true);
    expect(isGraphQL ? body.errors![0]!.extensions.code : body.error!.code).toBe(code);
    for (const [name, value] of Object.entries(headers ?? {})) expect(r.headers[name], name).toBe(value);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers.etag).toBeUndefined();
  });

  it('says which limit a request broke', async () => {
    const body = JSON.parse((await rawRequest(base, http('POST', '/api/v1/generate', json, `{"command":"${'x'.repeat(1_100_000)}"}`))).body);
    expect(body.error.message).toBe('the request body is over the body limit of 1024 KB (1048576 bytes)');
    const headers = JSON.parse((await rawRequest(base, http('GET', '/healthz', { cookie: 'x'.repeat(20_000) }))).body);
    expect(headers.error.message).toBe('the request headers are over the header size limit');
    const deep = `{ command(name: "run") { ${'related { '.repeat(14)} name ${'}'.repeat(14)} } }`;
    const graphql = JSON.parse((await rawRequest(base, http('POST', '/graphql', json, JSON.stringify({ query: deep })))).body);
    expect(graphql.errors[0].message).toMatch(/depth limit/);
    const tokens = JSON.parse((await rawRequest(base, http('POST', '/graphql', json, JSON.stringify({ query: `{ ${'build { id } '.repeat(800)} }` })))).body);
    expect(tokens.errors[0].message).toMatch(/token limit/);
  });

  it('answers a plain OPTIONS with the methods the path allows, and a good preflight with CORS headers', async () => {
    const plain = await rawRequest(base, http('OPTIONS', '/api/v1/lint'));
    expect(plain.status).toBe(204);
    expect(plain.headers.allow).toBe('POST, OPTIONS');
    const ok = await rawRequest(base, http('OPTIONS', '/graphql', { origin: 'https://docs.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-apollo-operation-name' }));
    expect(ok.status).toBe(204);
    expect(ok.headers).toMatchObject({ 'access-control-allow-origin': 'https://docs.example', 'access-control-allow-headers': 'content-type, x-apollo-operation-name' });
    expect(ok.headers.vary).toMatch(/Origin/);
  });
});

describe('POST /api/v1/generate with malformed options', () => {
  const cases: [string, unknown, string][] = [
    ['[null]', [null], 'options[0]: must be an object {name, value?}, not null'],
    ['[{}]', [{}], 'options[0].name: must be a string, not undefined'],
    ['["-d"]', ['-d'], 'options[0]: must be an object {name, value?}, not "-d"'],
    ['{"name":5}', [{ name: 5 }], 'options[0].name: must be a string, not number'],
    ['{"value":{}}', [{ name: 'restart', value: {} }], 'options[0].value: must be a string, true/false or a list of strings, not object'],
    ['value [1]', [{ name: 'p', value: [1] }], 'options[0].value[0]: must be a string, not number'],
    ['options not a list', { name: 'd' }, 'options: must be a list'],
  ];
  it.each(cases)('%s → 400 naming the field', async (_name, options, message) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/generate', payload: { command: 'run', options, args: ['nginx'] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'BAD_INPUT', message });
  });
  it('flagStyle: 7 → 400', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/generate', payload: { command: 'run', args: ['nginx'], flagStyle: 7 } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toBe('flagStyle: 7 is not "long" or "short"');
  });
});

describe('timeouts against slow clients', () => {
  it('closes a connection whose head arrives a byte a second, with 408, at the header timeout', async () => {
    const r = await tricklingRequest(base, '', http('GET', '/healthz'));
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error.code).toBe('REQUEST_TIMEOUT');
    // headersTimeoutMs is 1 s, checked every 250 ms: cut off after a few bytes, not after the whole head.
    expect(r.sentBytes).toBeLessThan(10);
    expect(r.elapsedMs).toBeLessThan(5_000);
  }, 20_000);

  it('closes a connection whose body arrives a byte a second, at the request timeout', async () => {
    const body = JSON.stringify({ command: 'run', args: ['nginx'] });
    const head = http('POST', '/api/v1/generate', { 'content-type': 'application/json', 'content-length': String(body.length) });
    const r = await tricklingRequest(base, head, body);
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error.code).toBe('REQUEST_TIMEOUT');
    // requestTimeoutMs is 2 s: cut off a few bytes into the body, long before the whole of it.
    expect(r.sentBytes - head.length).toBeLessThan(10);
    expect(r.sentBytes).toBeLessThan(head.length + body.length);
    expect(r.elapsedMs).toBeLessThan(6_000);
  }, 20_000);
});

describe('security headers', () => {
  it.each([['/api/v1/search?q=restart'], ['/graphql?query=%7Bbuild%7Bid%7D%7D'], ['/healthz'], ['/api/v1/nothing']])('%s', async (url) => {
    const r = await t.app.inject({ url });
    expect(r.headers).toMatchObject({
      'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'cross-origin',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
  });
});

describe('the HTML page a browser gets at /graphql', () => {
  it("keeps Apollo's own script policy and forbids framing", async () => {
    const r = await t.app.inject({ url: '/graphql', headers: { accept: 'text/html' } });
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('http-equiv="Content-Security-Policy"');
    expect(r.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('probes', () => {
  it('/healthz and /readyz are never rate-limited, with or without a query string', async () => {
    const limited = await createTestApp({ rateLimit: 2 });
    for (const url of ['/healthz', '/healthz?x=1', '/readyz?probe=k8s']) {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.app.inject({ url })).statusCode);
      expect(statuses, url).toEqual([200, 200, 200, 200]);
    }
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.app.inject({ url: '/api/v1/recipes?x=1' })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    await limited.close();
  });
});
