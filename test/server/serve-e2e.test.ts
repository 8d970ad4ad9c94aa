/** End to end: the real `dref serve` binary on a free loopback port, spoken to over HTTP, stopped with SIGTERM. */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
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

  it('stops on SIGTERM with exit status 0', async () => {
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
