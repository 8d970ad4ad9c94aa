/**
 * Random and mutated GraphQL documents and REST parameters against a live `dref serve` on loopback:
 * never a 5xx, never a crash. Bounded in count.
 */
import fc from 'fast-check';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { tempDir } from '../helpers/temp-database.js';
import { startServer } from '../helpers/start-server.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
let server: { child: ChildProcess; url: string };

beforeAll(async () => {
  const db = join(tempDir('dref-fuzz-'), 'kb.db');
  runIngest([], db);
  server = await startServer(db, ['--rate-limit', '0']);
}, 30_000);
afterAll(() => { server.child.kill('SIGTERM'); });

const VALID = [
  '{ search(query: "restart", first: 3) { totalCount edges { cursor node { name } } } }',
  '{ command(name: "run") { name options { long values } notes { text errata { line } } } }',
  '{ explain(line: "docker run -d nginx") { tokens { text role } problems { message } } }',
  '{ lintDockerfile(source: "FROM a\\nCMD x") { findings { rule } } }',
  '{ compare(a: "ADD", b: "COPY") { comparison { rows { aspect cells } } } }',
];

/** A valid document with a few characters changed, removed or doubled. */
const mutated = fc.tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '(', ')', '"', ':', '$', '!', '@', '#', 'x', '\\', '\u0000', '…', ' { a: b }')), { maxLength: 4 }))
  .map(([doc, edits]) => edits.reduce((d, [at, text]) => { const i = at % (d.length + 1); return d.slice(0, i) + text + d.slice(i + 1); }, doc));

/** Each client's Accept in turn: the legacy type, the GraphQL one first, anything, none. */
const ACCEPTS = ['application/json', 'application/graphql-response+json, application/json;q=0.9', '*/*', undefined];
let turn = 0;

async function post(body: string): Promise<number> {
  const accept = ACCEPTS[turn++ % ACCEPTS.length];
  const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body });
  await r.arrayBuffer();
  return r.status;
}

describe('fuzzing a live server', () => {
  it('mutated GraphQL documents never get a 5xx', async () => {
    await fc.assert(fc.asyncProperty(mutated, async (query) => {
      expect(await post(JSON.stringify({ query }))).toBeLessThan(500);
    }), { numRuns: RUNS });
  }, 120_000);

  it('random bodies, variables and operation names never get a 5xx', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json().map((j) => JSON.stringify({ query: VALID[0], variables: JSON.parse(j) as unknown })),
      fc.record({ query: fc.constantFrom(...VALID), operationName: fc.string({ maxLength: 20 }), variables: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue()) }).map((b) => JSON.stringify(b)),
    );
    await fc.assert(fc.asyncProperty(body, async (b) => { expect(await post(b)).toBeLessThan(500); }), { numRuns: RUNS });
  }, 120_000);

  it('random REST parameters never get a 5xx', async () => {
    const path = fc.tuple(
      fc.constantFrom('/api/v1/search', '/api/v1/lookup', '/api/v1/explain', '/api/v1/explain/dockerfile', '/api/v1/errata', '/api/v1/entries/', '/api/v1/sections/', '/api/v1/recipes/'),
      fc.dictionary(fc.constantFrom('q', 'name', 'line', 'limit', 'after', 'kind', 'lang', 'severity', 'registry_host'), fc.string({ maxLength: 30 }), { maxKeys: 4 }),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(fc.asyncProperty(path, async ([route, params, tail]) => {
      const url = `${server.url}${route}${route.endsWith('/') ? encodeURIComponent(tail) : ''}?${new URLSearchParams(params)}`;
      const r = await fetch(url);
      await r.arrayBuffer();
      expect(r.status, url).toBeLessThan(500);
    }), { numRuns: RUNS });
  }, 120_000);

  it('is still healthy afterwards', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
