/** End to end: the real `dref serve` binary on a free loopback port, spoken to over HTTP, stopped with SIGTERM. */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { runCli } from '../helpers/run-cli.js';
import { startServer } from '../helpers/start-server.js';
import { tempDir } from '../helpers/temp-database.js';

let server: { child: ChildProcess; url: string };
const db = join(tempDir('dref-e2e-'), 'kb.db');

beforeAll(async () => {
  runIngest([], db);
  server = await startServer(db, ['--cors', 'http://127.0.0.1:9']);
});
afterAll(() => { if (server.child.exitCode === null) server.child.kill('SIGKILL'); });

describe('dref serve', () => {
  it('answers GraphQL and REST over HTTP', async () => {
    const gql = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(query: "dangling", first: 1) { nodes { name } } }' }) });
    expect(((await gql.json()) as { data: { search: { nodes: { name: string }[] } } }).data.search.nodes[0]!.name).toMatch(/dangling/);
    const rest = await fetch(`${server.url}/api/v1/search?q=${encodeURIComponent('재시작')}`);
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  });

  it('honours the CORS allowlist', async () => {
    const allowed = await fetch(`${server.url}/healthz`, { headers: { origin: 'http://127.0.0.1:9' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9');
    const other = await fetch(`${server.url}/healthz`, { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves /metrics only with --metrics, and lints in a worker thread', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const withMetrics = await startServer(db, ['--metrics', '--trust-proxy', '1']);
    try {
      const lint = await fetch(`${withMetrics.url}/api/v1/lint`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'FROM ubuntu\nMAINTAINER me\n' });
      expect(lint.status).toBe(200);
      const metrics = await fetch(`${withMetrics.url}/metrics`);
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toMatch(/^dref_http_requests_total\{route="\/api\/v1\/lint",method="POST",status="200"\} 1$/m);
      expect(text).toMatch(/^dref_lint_threads 1$/m);
    } finally {
      withMetrics.child.kill('SIGTERM');
    }
  });

  it('refuses a --trust-proxy that is neither hops nor addresses, saying what it takes', () => {
    const r = runCli(['serve', '--trust-proxy', 'nginx', '--db', db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--trust-proxy nginx: "nginx" is not a hop count, an address or a CIDR');
    expect(r.stderr).toContain('e.g. --trust-proxy 1, --trust-proxy 10.0.0.0/8 or --trust-proxy loopback');
  });

  it('stops on SIGTERM with exit status 0', async () => {
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
