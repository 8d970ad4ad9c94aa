/**
 * Real GraphQL clients from a page in Debian's Chromium, on another origin than the API: Apollo
 * Client 4 with persisted queries over GET, urql's plain GET, and graphql-request (POST and GET).
 * Every client works out of the box (CORS, CSRF prevention), and asking again from a fresh browser
 * context (an empty browser cache) is answered from dref's response cache, in the type the client
 * asked for (application/graphql-response+json first, for all of them).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let api: TestApp;
let site: Server;
let browser: Browser;
let endpoint: string;
let siteUrl: string;
let script: string;

interface Seen { method: string; url: string; status: number; cache: string; type: string; accept: string }
const seen: Seen[] = [];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`).toBe(true);
  const bundle = await build({
    entryPoints: [join(ROOT, 'test', 'server', 'browser', 'graphql-clients.ts')], bundle: true, write: false, format: 'iife',
    platform: 'browser', target: 'chrome120', absWorkingDir: ROOT, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  });
  script = bundle.outputFiles[0]!.text;
  api = await createTestApp();
  api.app.addHook('onResponse', (request, reply, done) => {
    if (request.url.startsWith('/graphql')) {
      // What went out on the wire: node:http keeps the head it wrote (a cache hit is written to the socket directly).
      const head = String((reply.raw as unknown as { _header?: string })._header ?? '');
      const sent = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim();
      seen.push({ method: request.method, url: request.url, status: reply.raw.statusCode, cache: String(sent('x-dref-cache') ?? 'miss'), type: String(sent('content-type') ?? ''), accept: request.headers.accept ?? '' });
    }
    done();
  });
  endpoint = `${await api.app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  site = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>docs</title>'); });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await api?.close();
});

/** Runs one client's query in a fresh browser context (its own empty HTTP cache); returns what the server saw. */
async function runInFreshContext(client: string, q: string): Promise<{ data: unknown; requests: Seen[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(siteUrl);
  await page.addScriptTag({ content: script });
  const from = seen.length;
  const data = await page.evaluate(async ([name, url, query]) => {
    const clients = (globalThis as unknown as { graphqlClients: Record<string, (e: string, q: string) => Promise<unknown>> }).graphqlClients;
    try { return await clients[name!]!(url!, query!); } catch (e) { return { failed: String(e) }; }
  }, [client, endpoint, q]);
  await context.close();
  expect(errors).toEqual([]);
  return { data, requests: seen.slice(from) };
}

describe('real GraphQL clients in Chromium, cross-origin', () => {
  const cases: [string, string, string][] = [
    ['apollo', 'Apollo Client 4, persisted queries over GET', 'GET'],
    ['urql', "urql's plain GET", 'GET'],
    ['graphqlRequest', 'graphql-request (POST)', 'POST'],
    ['graphqlRequestGet', 'graphql-request (GET)', 'GET'],
  ];
  it.each(cases)('%s: %s works out of the box and gets cache hits', async (client, _name, method) => {
    const q = `restart ${client}`;
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runInFreshContext(client, q));
    for (const run of runs) {
      expect(run.data, JSON.stringify(run.data)).toMatchObject({ search: { nodes: expect.arrayContaining([expect.objectContaining({ id: 'command:restart' })]) } });
    }
    const answered = runs.flatMap((r) => r.requests).filter((r) => r.method === method && r.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    const last = runs[2]!.requests.filter((r) => r.method !== 'OPTIONS');
    expect(last, JSON.stringify(runs.map((r) => r.requests))).toHaveLength(1);
    expect(last[0]).toMatchObject({ method, status: 200, cache: 'hit' });
    // Each client asks for application/graphql-response+json first, and is answered in it, hit or miss.
    for (const r of answered) {
      expect(r.accept).toMatch(/^application\/graphql-response\+json/);
      expect(r.type).toMatch(/^application\/graphql-response\+json/);
    }
    expect(seen.filter((r) => r.status >= 500)).toEqual([]);
    if (process.env.SHOW_REQUESTS) console.log(client, runs.map((r) => r.requests.map((x) => `${x.method} ${x.status} ${x.cache} ${x.type} ${x.url.slice(0, 80)}`)));
  }, 60_000);

  it('never answers a persisted query the server did not know with a 304 or a cached error', () => {
    const apq = seen.filter((r) => r.url.includes('persistedQuery') && !r.url.includes('query='));
    expect(apq.some((r) => r.status === 200 && r.cache === 'hit')).toBe(true);
    expect(apq.filter((r) => r.status === 304)).toEqual([]);
  });
});
