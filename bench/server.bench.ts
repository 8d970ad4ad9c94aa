/**
 * `npm run bench:server`: requests/s and p99 on loopback for a GraphQL search by POST, the same as a
 * persisted-query GET, and the REST search — each against a bare node:http server returning the same
 * bytes, in the same run. Then RSS of a fresh `dref serve` after 20k and 100k requests of mixed traffic.
 * Bounded in count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { runIngest } from '../server/ingest/run-ingest.js';
import { median } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const dir = mkdtempSync(join(tmpdir(), 'dref-bench-server-'));
const db = join(dir, 'kb.db');
runIngest([], db);

function start(args: string[], ready: RegExp, stream: 'stdout' | 'stderr'): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child[stream]!.on('data', (c: Buffer) => {
      text += c.toString();
      const m = ready.exec(text);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const query = 'query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { score snippet node { id kind name title summary } } } }';
const variables = JSON.stringify({ q: 'restart' });
const hash = createHash('sha256').update(query).digest('hex');
const gqlBody = JSON.stringify({ query, variables: { q: 'restart' } });
const persistedPath = `/graphql?variables=${encodeURIComponent(variables)}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
/** Sends the query with its hash once, so the server knows it by hash (automatic persisted queries). */
const registerPersisted = (port: number) => fetch(`http://127.0.0.1:${port}${persistedPath}&query=${encodeURIComponent(query)}`, { headers });
const restPath = '/api/v1/search?q=restart';

const dref = await start([join(here, '..', 'cli', 'main.js'), 'serve', '--port', '0', '--db', db, '--rate-limit', '0', '--log-level', 'error'], /127\.0\.0\.1:(\d+)/, 'stderr');
const base = `http://127.0.0.1:${dref.port}`;
const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
// Register the persisted query, and record what dref answers so the bare server can send the same bytes.
await registerPersisted(dref.port);
const recorded = {
  'POST /graphql': { type: 'application/json; charset=utf-8', body: await (await fetch(`${base}/graphql`, { method: 'POST', headers, body: gqlBody })).text() },
  [`GET ${persistedPath}`]: { type: 'application/json; charset=utf-8', body: await (await fetch(`${base}${persistedPath}`, { headers })).text() },
  [`GET ${restPath}`]: { type: 'application/json; charset=utf-8', body: await (await fetch(`${base}${restPath}`)).text() },
};
const recordedPath = join(dir, 'responses.json');
writeFileSync(recordedPath, JSON.stringify(recorded));
const bare = await start([join(here, 'bare-server.js'), recordedPath], /listening (\d+)/, 'stdout');

async function load(port: number, request: { method: 'GET' | 'POST'; path: string; body?: string }, options: { duration?: number; amount?: number } = {}) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${request.path}`, method: request.method, headers, connections: CONNECTIONS,
    ...(request.body ? { body: request.body } : {}),
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? DURATION }),
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors for ${request.method} ${request.path}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const cases = [
  { name: 'GraphQL POST', request: { method: 'POST' as const, path: '/graphql', body: gqlBody }, target: 0.5 },
  { name: 'GraphQL persisted GET', request: { method: 'GET' as const, path: persistedPath }, target: 0.5 },
  { name: 'REST GET', request: { method: 'GET' as const, path: restPath }, target: 0.8 },
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
console.log(`loopback, ${CONNECTIONS} connections, ${DURATION} s per measurement, median of ${ROUNDS} alternating rounds;`);
console.log('baseline = bare node:http sending the same bytes, same run. Repeated queries are answered from dref\'s response cache.');
console.log('case                     dref req/s   p99 ms   bare req/s   p99 ms   ratio   target');
for (const c of cases) {
  await load(dref.port, c.request, { duration: 1 });
  const mine: { rps: number; p99: number }[] = [];
  const theirs: { rps: number; p99: number }[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    mine.push(await load(dref.port, c.request));
    theirs.push(await load(bare.port, c.request));
    ratios.push(mine.at(-1)!.rps / theirs.at(-1)!.rps);
  }
  const ratio = median(ratios);
  console.log(`${c.name.padEnd(24)} ${median(mine.map((m) => m.rps)).toFixed(0).padStart(10)} ${String(median(mine.map((m) => m.p99))).padStart(8)} ${median(theirs.map((m) => m.rps)).toFixed(0).padStart(12)} ${String(median(theirs.map((m) => m.p99))).padStart(8)} ${ratio.toFixed(2).padStart(7)}   ≥ ${c.target} ${ratio >= c.target ? 'met' : 'NOT met'}`);
}
// Without the cache's help: a second server with the response cache off, searching in turn through queries.
const cold = await start([join(here, '..', 'cli', 'main.js'), 'serve', '--port', '0', '--db', db, '--rate-limit', '0', '--response-cache', '0', '--log-level', 'error'], /127\.0\.0\.1:(\d+)/, 'stderr');
const rss: Record<string, number> = {};
const distinct = ['restart', 'dangling', 'cache', 'layers', 'healthcheck', 'multi stage', 'save tar', 'private registry', 'entrypoint', 'volume', 'user', 'expose'];
let n = 0;
const uncached = await autocannon({
  url: `http://127.0.0.1:${cold.port}/api/v1/search`, connections: CONNECTIONS, duration: DURATION,
  requests: [{ setupRequest: ((request: object) => ({ ...request, path: `/api/v1/search?q=${encodeURIComponent(distinct[n++ % distinct.length]!)}` })) as never }],
});
cold.child.kill('SIGTERM');
console.log(`REST GET with the response cache off, queries in turn: ${uncached.requests.average.toFixed(0)} req/s, p99 ${uncached.latency.p99} ms (each request runs a search)`);

// Memory: a fresh server (the one above has served hundreds of thousands of requests by now), under
// mixed traffic — GraphQL POST, persisted GET and REST searches through the distinct queries.
const fresh = await start([join(here, '..', 'cli', 'main.js'), 'serve', '--port', '0', '--db', db, '--rate-limit', '0', '--log-level', 'error'], /127\.0\.0\.1:(\d+)/, 'stderr');
await registerPersisted(fresh.port);
let turn = 0;
const mixed = (amount: number) => autocannon({
  url: `http://127.0.0.1:${fresh.port}`, connections: CONNECTIONS, amount,
  requests: [{
    setupRequest: ((request: object) => {
      const q = distinct[turn % distinct.length]!;
      const kind = turn++ % 3;
      if (kind === 0) return { ...request, method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query, variables: { q } }) };
      if (kind === 1) return { ...request, method: 'GET', path: persistedPath, headers: { 'apollo-require-preflight': 'true' }, body: undefined };
      return { ...request, method: 'GET', path: `/api/v1/search?q=${encodeURIComponent(q)}`, headers: {}, body: undefined };
    }) as never,
  }],
});
for (const [amount, label] of [[20_000, '20k'], [80_000, '100k']] as const) {
  const result = await mixed(amount);
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors in the mixed traffic`);
  rss[label] = rssMb(fresh.child.pid!);
}
const growth = ((rss['100k']! - rss['20k']!) / rss['20k']!) * 100;
console.log(`RSS of a fresh dref serve under mixed traffic: ${rss['20k']!.toFixed(0)} MB after 20k requests, ${rss['100k']!.toFixed(0)} MB after 100k (growth ${growth.toFixed(1)}%; targets ≤ 150 MB ${rss['100k']! <= 150 ? 'met' : 'NOT met'}, ≤ 10% ${growth <= 10 ? 'met' : 'NOT met'})`);
fresh.child.kill('SIGTERM');

dref.child.kill('SIGTERM');
bare.child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
