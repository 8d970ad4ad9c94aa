/** REST in-process: the OpenAPI document is valid, every response matches it, and errors share one shape. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { OPENAPI_DOCUMENT } from '../../server/rest/openapi.js';
import { expectOpenApiSchema } from '../helpers/openapi-schema.js';
import { createTestApp, graphql, type TestApp } from '../helpers/test-app.js';
import { tempDir } from '../helpers/temp-database.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const check = expectOpenApiSchema;

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is served at /api/v1/openapi.json', async () => {
    const r = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(r.json().openapi).toBe('3.1.0');
  });
});

describe('responses match the document', () => {
  it('GET /search returns the same shape as `dref search --json`', async () => {
    const r = await t.app.inject({ url: '/api/v1/search?q=run%20--restart&limit=3' });
    expect(r.statusCode).toBe(200);
    check('SearchResponse', r.json());
    expect(r.json().results[0]).toMatchObject({ id: 'option:run:--restart', kind: 'option', name: 'docker run --restart' });
  });

  it('GET /entries/:id and /lookup return the entry with its note lines', async () => {
    const byId = await t.app.inject({ url: '/api/v1/entries/instruction:HEALTHCHECK?lang=ko' });
    check('EntryDocument', byId.json());
    expect(byId.json().notes.some((n: { role: string; startLine: number }) => n.role === 'definition' && n.startLine === 491)).toBe(true);
    const byName = await t.app.inject({ url: `/api/v1/lookup?name=${encodeURIComponent('run -p')}` });
    expect(byName.json().name).toBe('docker run --publish');
  });

  it('GET /sections, /sections/:path and /errata', async () => {
    check('SectionList', (await t.app.inject({ url: '/api/v1/sections' })).json());
    const section = (await t.app.inject({ url: '/api/v1/sections/2.4.3.2' })).json();
    check('Section', section);
    expect(section.errata.map((e: { line: number }) => e.line)).toContain(389);
    check('ErrataList', (await t.app.inject({ url: '/api/v1/errata?severity=error' })).json());
  });

  it('GET /explain and /explain/dockerfile', async () => {
    const r = (await t.app.inject({ url: `/api/v1/explain?line=${encodeURIComponent('docker run -itd --restart=sometimes nginx')}` })).json();
    check('Explanation', r);
    expect(r.problems).toHaveLength(1);
    const valued = (await t.app.inject({ url: `/api/v1/explain?line=${encodeURIComponent('docker run -p 8080:80 nginx')}` })).json();
    check('Explanation', valued);
    expect(valued.tokens.find((x: { text: string }) => x.text === '8080:80').meaning).toEqual({ ko: '호스트(모든 주소)의 포트 8080 → 컨테이너 포트 80/tcp', en: 'Port 8080 of the host (every address) → container port 80/tcp' });
    check('DockerfileExplanation', (await t.app.inject({ url: `/api/v1/explain/dockerfile?line=${encodeURIComponent('CMD ["app"]')}` })).json());
  });

  it('explains a line as GraphQL does: the same tokens, entries and problems, in the asked language', async () => {
    for (const line of ['docker container exec -it web sh', 'docker compose up -d --build', 'docker run --rm --restart=always nginx', 'docker buildx build --push -t a/b .']) {
      const rest = (await t.app.inject({ url: `/api/v1/explain?line=${encodeURIComponent(line)}`, headers: { 'accept-language': 'ko' } })).json();
      const gql = await graphql(t.app, 'query($line: String!) { explain(line: $line) { tokens { text role entry { name } } problems { message } } }', { line }, { 'accept-language': 'ko' });
      const explained = gql.body.data!.explain as { tokens: { text: string; role: string; entry: { name: string } | null }[]; problems: { message: string }[] };
      expect(rest.tokens.map((x: { text: string; role: string; entry?: { name: string } | null }) => [x.text, x.role.toLowerCase(), x.entry?.name ?? null]), line)
        .toEqual(explained.tokens.map((x) => [x.text, x.role.toLowerCase(), x.entry?.name ?? null]));
      expect(rest.problems.map((p: { message: string }) => p.message), line).toEqual(explained.problems.map((p) => p.message));
      expect(explained.tokens.some((x) => x.entry), `${line}: no token names an entry`).toBe(true);
      if (line.includes('--rm --restart')) expect(explained.problems[0]?.message).toMatch(/[가-힣]/);
    }
  });

  it('POST /generate, GET /recipes and /recipes/:slug', async () => {
    const g = await t.app.inject({ method: 'POST', url: '/api/v1/generate', payload: { command: 'run', options: [{ name: 'p', value: '8080:80' }], args: ['nginx'] } });
    check('GeneratedCommand', g.json());
    expect(g.json().line).toBe('docker run --publish 8080:80 nginx');
    check('RecipeList', (await t.app.inject({ url: '/api/v1/recipes' })).json());
    const filled = (await t.app.inject({ url: '/api/v1/recipes/private-registry?registry_host=registry.local' })).json();
    check('FilledRecipe', filled);
  });

  it('POST /lint as text or JSON, in JSON or SARIF', async () => {
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/lint', headers: { 'content-type': 'text/plain' }, payload: 'FROM ubuntu\nMAINTAINER me\n' });
    check('LintFindings', text.json());
    const sarif = await t.app.inject({ method: 'POST', url: '/api/v1/lint?format=sarif', payload: { source: 'FROM ubuntu:24.04\nCMD app' } });
    expect(sarif.json()).toMatchObject({ version: '2.1.0', runs: [{ results: [{ ruleId: 'shell-form-command' }] }] });
  });
});

describe('one error shape on every route', () => {
  const cases: [string, { method?: 'GET' | 'POST'; url: string; payload?: string | object; headers?: Record<string, string> }, number, string][] = [
    ['missing q', { url: '/api/v1/search' }, 400, 'BAD_INPUT'],
    ['bad limit', { url: '/api/v1/search?q=x&limit=9999' }, 400, 'BAD_INPUT'],
    ['bad kind', { url: '/api/v1/search?q=x&kind=widget' }, 400, 'BAD_INPUT'],
    ['bad cursor', { url: '/api/v1/search?q=x&after=%%%' }, 400, 'BAD_INPUT'],
    ['unknown entry', { url: '/api/v1/entries/nope' }, 404, 'NOT_FOUND'],
    ['unknown route', { url: '/api/v1/nothing' }, 404, 'NOT_FOUND'],
    ['malformed JSON', { method: 'POST', url: '/api/v1/generate', payload: '{"command":', headers: { 'content-type': 'application/json' } }, 400, 'BAD_INPUT'],
    ['wrong content type', { method: 'POST', url: '/api/v1/generate', payload: '<x/>', headers: { 'content-type': 'application/xml' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['2 MB body', { method: 'POST', url: '/api/v1/lint', payload: 'x'.repeat(2_000_000), headers: { 'content-type': 'text/plain' } }, 413, 'TOO_LARGE'],
    ['bad generate input', { method: 'POST', url: '/api/v1/generate', payload: { command: 'run', options: [{ name: 'restart', value: 'sometimes' }], args: ['x'] } }, 400, 'BAD_INPUT'],
    ['bad lint format', { method: 'POST', url: '/api/v1/lint?format=xml', payload: 'FROM a' , headers: { 'content-type': 'text/plain' } }, 400, 'BAD_INPUT'],
  ];
  it.each(cases)('%s → %i %s', async (_name, request, status, code) => {
    const r = await t.app.inject({ method: request.method ?? 'GET', url: request.url, ...(request.payload !== undefined ? { payload: request.payload } : {}), ...(request.headers ? { headers: request.headers } : {}) });
    expect(r.statusCode).toBe(status);
    check('Error', r.json());
    expect(r.json().error.code).toBe(code);
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('operations', () => {
  it('reports liveness and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({ status: 'ready', build: t.source.current().buildId });
  });

  it('limits each client with 429 and Retry-After', async () => {
    const limited = await createTestApp({ rateLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.app.inject({ url: '/api/v1/recipes' })));
    expect(statuses.map((r) => r.statusCode)).toEqual([200, 200, 200, 429, 429]);
    expect(statuses[4]!.headers['retry-after']).toBeDefined();
    expect(statuses[4]!.json().error.code).toBe('RATE_LIMITED');
    await limited.close();
  });

  it('picks up a rebuilt database without a restart or a failed request', async () => {
    const app = await createTestApp();
    const before = (await app.app.inject({ url: '/readyz' })).json().build;
    expect((await app.app.inject({ url: '/api/v1/sections' })).json().sections).toHaveLength(18);
    const notes = join(tempDir(), 'mine.md');
    writeFileSync(notes, "# 1 내 노트\n'docker run -d --restart=always nginx'\n");
    const requests = Array.from({ length: 20 }, () => app.app.inject({ url: '/api/v1/search?q=restart' }));
    runIngest([notes], app.dbPath);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const statuses = (await Promise.all([...requests, app.app.inject({ url: '/api/v1/search?q=restart' })])).map((r) => r.statusCode);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const after = (await app.app.inject({ url: '/readyz' })).json().build;
    expect(after).not.toBe(before);
    // The same URL, answered from the new build and not from the response cache of the old one.
    expect((await app.app.inject({ url: '/api/v1/sections' })).json().sections).toHaveLength(1);
    await app.close();
  });
});
