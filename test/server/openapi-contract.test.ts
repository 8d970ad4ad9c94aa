/**
 * Contract test: requests generated from the OpenAPI document (fast-check, from each parameter's
 * schema, example and enum, and from values just past each declared limit) sent to the real server
 * on loopback; every answer must be a status the document lists for that operation, never a 5xx,
 * and its body must match the schema the document gives for that status. The examples alone make a
 * request each operation answers with 200, and each declared constraint broken makes a 400.
 */
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../server/rest/openapi.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = `${await t.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
});
afterAll(async () => { await t.close(); });

interface Schema { type?: string | string[]; enum?: readonly unknown[]; minimum?: number; maximum?: number; minLength?: number; maxLength?: number; items?: Schema; $ref?: string; additionalProperties?: unknown }
interface Parameter { name: string; in: 'query' | 'path'; required?: boolean; schema: Schema; example?: unknown; explode?: boolean }
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

const doc = JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'openapi', ...doc });
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const responseValidator = (path: string, method: string, status: string) => ajv.getSchema(`openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', status, 'content', 'application/json', 'schema')}`);

const resolve = (schema: Schema): Schema => (schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!]! : schema);

/** Values for a schema: valid ones, the example, and some just past each declared limit. */
function valuesFor(parameter: Parameter): fc.Arbitrary<unknown> {
  const schema = resolve(parameter.schema);
  const choices: fc.Arbitrary<unknown>[] = [fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '%', '"', '\u0000x', '한국어', '-1', '1e3')];
  if (parameter.example !== undefined) choices.push(fc.constant(parameter.example), fc.constant(parameter.example), fc.constant(parameter.example));
  if (schema.enum) choices.push(fc.constantFrom(...schema.enum));
  if (schema.type === 'integer') {
    choices.push(fc.integer({ min: (schema.minimum ?? 0) - 3, max: (schema.maximum ?? 100) + 3 }), fc.double({ noNaN: true }));
  }
  if (schema.maxLength !== undefined) choices.push(fc.constant('a'.repeat(schema.maxLength)), fc.constant('a'.repeat(schema.maxLength + 1)));
  if (schema.type === 'array' && schema.items) {
    const items = resolve(schema.items);
    choices.push(fc.array(items.enum ? fc.constantFrom(...items.enum) : fc.string({ maxLength: 8 }), { maxLength: 3 }));
  }
  if (schema.type === 'object') choices.push(fc.dictionary(fc.constantFrom('registry_port', 'registry_host', 'x', 'lang'), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('5000', '99999', 'a b'))));
  return fc.oneof(...choices);
}

function bodiesFor(op: Operation): fc.Arbitrary<{ type: string; body: string } | undefined> {
  if (!op.requestBody) return fc.constant(undefined);
  const kinds = Object.entries(op.requestBody.content).map(([type, media]) => {
    const json = type === 'application/json';
    const encode = (v: unknown) => ({ type, body: json ? JSON.stringify(v) : String(v) });
    const example = media.example;
    const mutations = json && example && typeof example === 'object'
      ? fc.tuple(fc.constantFrom(...Object.keys(example as object), 'extra'), fc.jsonValue()).map(([key, value]) => ({ ...(example as object), [key]: value }))
      : fc.string({ maxLength: 200 });
    return fc.oneof(fc.constant(example).map(encode), mutations.map(encode), fc.jsonValue().map(encode), fc.string({ maxLength: 50 }).map((s) => ({ type, body: s })));
  });
  return fc.oneof(...kinds);
}

function requestFor(path: string, op: Operation) {
  const params = op.parameters ?? [];
  return fc.tuple(
    fc.tuple(...params.map((p) => (p.required ? valuesFor(p).map((v) => [p, v] as const) : fc.option(valuesFor(p), { nil: undefined }).map((v) => [p, v] as const)))),
    bodiesFor(op),
  ).map(([values, body]) => {
    let url = path;
    const query = new URLSearchParams();
    for (const [p, v] of values) {
      if (v === undefined) continue;
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(v)));
      else if (Array.isArray(v)) for (const item of v) query.append(p.name, String(item));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) query.append(k, String(x));
      else query.append(p.name, String(v));
    }
    const qs = query.toString();
    return { url: `${url}${qs ? `?${qs}` : ''}`, body };
  });
}

async function send(method: string, url: string, body?: { type: string; body: string }) {
  const r = await fetch(`${base}${url}`, { method, ...(body ? { headers: { 'content-type': body.type }, body: body.body } : {}) });
  const text = await r.text();
  return { status: r.status, type: r.headers.get('content-type') ?? '', text };
}

function checkAgainstDocument(path: string, method: string, op: Operation, url: string, answer: { status: number; type: string; text: string }) {
  const where = `${method} ${url} → ${answer.status} ${answer.text.slice(0, 200)}`;
  expect(answer.status, where).toBeLessThan(500);
  expect(Object.keys(op.responses), where).toContain(String(answer.status));
  const validate = responseValidator(path, method, String(answer.status));
  if (validate) {
    expect(answer.type, where).toMatch(/^application\/json/);
    expect(validate(JSON.parse(answer.text)), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

describe('the OpenAPI document as a contract', () => {
  it('gives every parameter an example, and every operation its statuses', () => {
    for (const { path, method, op } of operations) {
      for (const p of op.parameters ?? []) expect(p.example, `${method} ${path} ${p.name}`).toBeDefined();
      for (const status of ['200', '400', '408', '429', '431']) expect(Object.keys(op.responses), `${method} ${path}`).toContain(status);
    }
  });

  it.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))('%s answers its examples with 200', async (_name, { path, method, op }) => {
    let url = path;
    const query = new URLSearchParams();
    for (const p of op.parameters ?? []) {
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
      else if (p.name === 'after' || p.name === 'values') continue;
      else if (Array.isArray(p.example)) for (const v of p.example) query.append(p.name, String(v));
      else query.append(p.name, String(p.example));
    }
    const media = op.requestBody ? Object.entries(op.requestBody.content)[0]! : undefined;
    const body = media ? { type: media[0], body: media[0] === 'application/json' ? JSON.stringify(media[1].example) : String(media[1].example) } : undefined;
    const full = `${url}${query.size ? `?${query}` : ''}`;
    const answer = await send(method, full, body);
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    checkAgainstDocument(path, method, op, full, answer);
  });

  it('enforces what it declares: past a limit or outside an enum is a 400', async () => {
    const cases: [string, string, unknown?][] = [
      ['GET', '/search?q=restart&limit=51'], ['GET', '/search?q=restart&limit=0'], ['GET', '/search?q=restart&limit=2.5'],
      ['GET', `/search?q=${'a'.repeat(201)}`], ['GET', '/search?q='], ['GET', '/search?q=x&kind=widget'], ['GET', '/search?q=x&lang=fr'],
      ['GET', '/errata?severity=info'], ['GET', `/explain?line=${'a'.repeat(10_001)}`], ['GET', '/explain?line='],
      ['POST', '/generate', { command: 'run', flagStyle: 7 }], ['POST', '/generate', { command: 'run', args: Array(101).fill('x') }],
      ['POST', '/generate', { command: 'x'.repeat(1001) }], ['POST', '/lint?format=xml', { source: 'FROM a' }],
    ];
    for (const [method, url, body] of cases) {
      const answer = await send(method, url, body === undefined ? undefined : { type: 'application/json', body: JSON.stringify(body) });
      expect(answer.status, `${method} ${url} ${answer.text}`).toBe(400);
    }
  });

  it.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))('%s: generated requests get only documented answers', async (_name, { path, method, op }) => {
    await fc.assert(fc.asyncProperty(requestFor(path, op), async ({ url, body }) => {
      checkAgainstDocument(path, method, op, url, await send(method, url, body));
    }), { numRuns: RUNS });
  }, 120_000);
});
