/**
 * `npm run bench:server`, with wrk (a C load generator: a Node client on the same two cores would
 * saturate first and hide the server's cost). In the same run, on the same machine:
 *   1. cached answers — a GraphQL GET (urql's, Accept: application/graphql-response+json), a
 *      persisted-query GET, a GraphQL POST and a REST search — against a bare node:http server
 *      sending the same bytes;
 *   2. distinct searches with the response cache off, over REST and GraphQL, against calling the
 *      search engine in-process with the same queries;
 *   3. RSS of a fresh `dref serve` before and after 100k requests of mixed traffic.
 * Medians of alternating rounds. The cached answers alternate in short slices, each pair in turn
 * order, so a neighbour's load on the shared cores falls on both sides alike; each row also gives the
 * spread of the ratios and the server's CPU time per request (from /proc), which other load moves less
 * than throughput. Skips, saying why, when wrk is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openKnowledgeBase } from '../server/database/open-database.js';
import { runIngest } from '../server/ingest/run-ingest.js';
import { searchEntries } from '../server/search/search-entries.js';
import { median } from './measure.js';

if (spawnSync('wrk', ['--version']).error) {
  console.log('bench:server: skipped — it measures with wrk, which is not installed (Debian: apt-get install -y wrk).');
  process.exit(0);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const CLI = join(here, '..', 'cli', 'main.js');
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const dir = mkdtempSync(join(tmpdir(), 'dref-bench-server-'));
const db = join(dir, 'kb.db');
runIngest([], db);

/** The environment of every process this bench starts: no extra CA bundle to read at start-up. */
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

const children: ChildProcess[] = [];
// However the bench ends (a failed measurement throws), it leaves no server running.
process.on('exit', () => { for (const child of children) if (child.exitCode === null) child.kill('SIGTERM'); });
function start(args: string[], ready: RegExp, stream: 'stdout' | 'stderr'): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    children.push(child);
    let text = '';
    child[stream]!.on('data', (c: Buffer) => {
      text += c.toString();
      const m = ready.exec(text);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
  });
}
const serve = (extra: string[] = []) => start([CLI, 'serve', '--port', '0', '--db', db, '--rate-limit', '0', '--log-level', 'error', ...extra], /127\.0\.0\.1:(\d+)/, 'stderr');

/** CPU seconds (user and system) a process has used so far. */
function cpuSeconds(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat (utime, stime, in USER_HZ ticks: 100 a second on Linux), counted after the command name, which may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

interface WrkResult { rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; timeouts: number }

const toMs = (value: string) => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value)!;
  return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[m[2]!]!;
};

/** Runs wrk (one thread: the other core is the server's) with a Lua script; parses its summary. */
function wrk(port: number, lua: string, seconds = DURATION): WrkResult {
  const script = join(dir, `wrk-${createHash('sha1').update(lua).digest('hex').slice(0, 8)}.lua`);
  writeFileSync(script, lua);
  const run = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', script, `http://127.0.0.1:${port}`], { encoding: 'utf8', env });
  const out = run.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  if (!rps) throw new Error(`wrk failed: ${out}${run.stderr}`);
  return {
    rps,
    p50: toMs(/ 50%\s+(\S+)/.exec(out)![1]!),
    p99: toMs(/ 99%\s+(\S+)/.exec(out)![1]!),
    requests: Number(/(\d+) requests in/.exec(out)![1]),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: [...out.matchAll(/Socket errors: connect (\d+), read (\d+), write (\d+)/g)].flatMap((m) => m.slice(1).map(Number)).reduce((a, b) => a + b, 0),
    // wrk's own timeouts (no answer within 10 s): the server was slow, not wrong; counted and shown.
    timeouts: Number(/timeout (\d+)/.exec(out)?.[1] ?? 0),
  };
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for these ASCII texts
const headerTable = (headers: Record<string, string>) => `{ ${Object.entries(headers).map(([k, v]) => `[${lua(k)}] = ${lua(v)}`).join(', ')} }`;
/** A script cycling through requests (each a method, path, headers and body), formatted in init(), once wrk knows the Host. */
const cycling = (requests: { method: string; path: string; headers: Record<string, string>; body?: string }[]) => `
local reqs = {}
local i = 0
init = function(args)
${requests.map((r) => `  reqs[#reqs + 1] = wrk.format(${lua(r.method)}, ${lua(r.path)}, ${headerTable(r.headers)}${r.body === undefined ? '' : `, ${lua(r.body)}`})`).join('\n')}
end
request = function() i = i + 1; return reqs[(i % #reqs) + 1] end
`;
/** A script sending one request again and again. */
const fixed = (method: string, path: string, headers: Record<string, string>, body?: string) => cycling([{ method, path, headers, ...(body === undefined ? {} : { body }) }]);

const GRAPHQL_RESPONSE = 'application/graphql-response+json, application/json;q=0.9';
const query = 'query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { score snippet node { id kind name title summary } } } }';
const gqlGet = (q: string) => `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ q }))}`;
const hash = createHash('sha256').update(query).digest('hex');
const persisted = (q: string) => `/graphql?variables=${encodeURIComponent(JSON.stringify({ q }))}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
const restSearch = (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}`;

const cachedCases = [
  { name: 'GraphQL GET (urql)', method: 'GET', path: gqlGet('restart'), headers: { accept: GRAPHQL_RESPONSE }, target: 0.7 },
  { name: 'GraphQL persisted GET', method: 'GET', path: persisted('restart'), headers: { accept: GRAPHQL_RESPONSE }, target: 0.7 },
  { name: 'GraphQL POST', method: 'POST', path: '/graphql', headers: { accept: GRAPHQL_RESPONSE, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { q: 'restart' } }), target: undefined },
  { name: 'REST search GET', method: 'GET', path: restSearch('restart'), headers: {}, target: 0.7 },
] as const;

// 1. Cached answers against the bare server.
const dref = await serve();
const base = `http://127.0.0.1:${dref.port}`;
await fetch(`${base}${persisted('restart')}&query=${encodeURIComponent(query)}`); // registers the persisted query
const recorded: Record<string, { type: string; body: string }> = {};
for (const c of cachedCases) {
  const r = await fetch(`${base}${c.path}`, { method: c.method, headers: c.headers, ...('body' in c ? { body: c.body } : {}) });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${c.name}: ${r.status} ${body}`);
  recorded[`${c.method} ${c.path}`] = { type: r.headers.get('content-type')!, body };
}
const recordedPath = join(dir, 'responses.json');
writeFileSync(recordedPath, JSON.stringify(recorded));
const bare = await start([join(here, 'bare-server.js'), recordedPath], /listening (\d+)/, 'stdout');

// Slices of a few seconds, twice as many as the rounds and one more, so the median is one slice pair.
const SLICE = Math.max(1, Math.round(DURATION * 0.4));
const SLICES = 2 * ROUNDS + 1;
console.log(`wrk ${spawnSync('wrk', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.split(' ').slice(0, 2).join(' ')}: 1 thread, ${CONNECTIONS} connections, loopback, same run; cached answers: median of ${SLICES} alternating ${SLICE}-s slices, the rest: ${DURATION} s a measurement, median of ${ROUNDS} alternating rounds.`);
console.log('\n1. Cached answers (dref\'s response cache) vs a bare node:http server sending the same bytes');
console.log('   (ratio: dref req/s over bare req/s per slice pair, median and range; CPU: server µs per request)');
console.log('case                       dref req/s  p50 ms  p99 ms   bare req/s  p50 ms  p99 ms   ratio (range)      CPU dref  bare  target');
const fmt = (n: number, w: number, d = 0) => n.toFixed(d).padStart(w);
/** A wrk measurement and the CPU time per request the server spent meanwhile. */
function measured(server: { child: ChildProcess; port: number }, script: string): WrkResult & { cpuUs: number } {
  const before = cpuSeconds(server.child.pid!);
  const result = wrk(server.port, script, SLICE);
  return { ...result, cpuUs: ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests };
}
for (const c of cachedCases) {
  const script = fixed(c.method, c.path, c.headers, 'body' in c ? c.body : undefined);
  wrk(dref.port, script, 1);
  wrk(bare.port, script, 1);
  const mine: ReturnType<typeof measured>[] = [];
  const theirs: ReturnType<typeof measured>[] = [];
  for (let r = 0; r < SLICES; r++) {
    if (r % 2) { theirs.push(measured(bare, script)); mine.push(measured(dref, script)); }
    else { mine.push(measured(dref, script)); theirs.push(measured(bare, script)); }
  }
  for (const m of [...mine, ...theirs]) if (m.non2xx || m.errors) throw new Error(`${c.name}: ${m.non2xx} non-2xx, ${m.errors} socket errors`);
  const ratios = mine.map((m, i) => m.rps / theirs[i]!.rps);
  const ratio = median(ratios);
  const med = (rs: WrkResult[], k: 'rps' | 'p50' | 'p99') => median(rs.map((x) => x[k]));
  const range = `(${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
  console.log(`${c.name.padEnd(26)} ${fmt(med(mine, 'rps'), 10)} ${fmt(med(mine, 'p50'), 7, 2)} ${fmt(med(mine, 'p99'), 7, 2)} ${fmt(med(theirs, 'rps'), 12)} ${fmt(med(theirs, 'p50'), 7, 2)} ${fmt(med(theirs, 'p99'), 7, 2)} ${fmt(ratio, 7, 2)} ${range.padEnd(11)} ${fmt(median(mine.map((m) => m.cpuUs)), 9)} ${fmt(median(theirs.map((m) => m.cpuUs)), 5)}  ${c.target === undefined ? '—' : `≥ ${c.target} ${ratio >= c.target ? 'met' : 'NOT met'}`}`);
}
dref.child.kill('SIGTERM');
bare.child.kill('SIGTERM');

// 2. Distinct searches with the response cache off, against the engine in-process with the same queries.
const kb = openKnowledgeBase(db);
const names = (kb.sqlite.prepare("SELECT name FROM entries WHERE kind IN ('command', 'option', 'instruction', 'concept') ORDER BY id").all() as { name: string }[])
  .map((r) => r.name.replace(/^(docker|concept:)\s*/, '').replace(/-/g, ' ').trim()).filter((n) => n.length >= 2 && n.length <= 60);
const words = ['restart', 'dangling', 'cache', 'layers', 'healthcheck', 'multi stage', 'save tar', 'private registry', 'entrypoint', 'volume', '재시작', '컨테이너 로그', '이미지 삭제', 'port mapping', 'build context'];
const queries = [...new Set([...words, ...names])].slice(0, 400);
function inProcessRate(): number {
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION * 1000) for (const q of queries) { searchEntries(kb, q, { lang: 'en', limit: 10 }); n++; }
  return n / ((performance.now() - started) / 1000);
}
const cold = await serve(['--response-cache', '0']);
const restScript = cycling(queries.map((q) => ({ method: 'GET', path: restSearch(q), headers: {} })));
const gqlScript = cycling(queries.map((q) => ({ method: 'GET', path: gqlGet(q), headers: { accept: GRAPHQL_RESPONSE } })));
wrk(cold.port, restScript, 1);
wrk(cold.port, gqlScript, 1);
const rows = { rest: [] as WrkResult[], gql: [] as WrkResult[], engine: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  rows.engine.push(inProcessRate());
  rows.rest.push(wrk(cold.port, restScript));
  rows.gql.push(wrk(cold.port, gqlScript));
}
kb.close();
cold.child.kill('SIGTERM');
const engine = median(rows.engine);
console.log(`\n2. Distinct searches (${queries.length} queries in turn), response cache off, vs the engine in-process (searchEntries, same queries, one core)`);
console.log('path                        req/s  p50 ms  p99 ms   ratio to engine  target');
console.log(`engine in-process     ${fmt(engine, 11)}`);
for (const [label, results, target] of [['REST GET /api/v1/search', rows.rest, 0.8], ['GraphQL GET', rows.gql, 0.6]] as const) {
  const rps = median(results.map((x) => x.rps));
  const ratio = median(results.map((x, i) => x.rps / rows.engine[i]!));
  console.log(`${label.padEnd(22)}${fmt(rps, 10)} ${fmt(median(results.map((x) => x.p50)), 7, 2)} ${fmt(median(results.map((x) => x.p99)), 7, 2)} ${fmt(ratio, 12, 2)}      ≥ ${target} ${ratio >= target ? 'met' : 'NOT met'}`);
}

// 3. Memory: a fresh server, then 100k requests of mixed traffic (cached and uncached, GraphQL and REST).
const fresh = await serve();
await fetch(`http://127.0.0.1:${fresh.port}${persisted('restart')}&query=${encodeURIComponent(query)}`);
const freshRss = rssMb(fresh.child.pid!);
const mixed = cycling(queries.flatMap((q, i): { method: string; path: string; headers: Record<string, string>; body?: string }[] => [
  { method: 'GET', path: restSearch(q), headers: {} },
  { method: 'GET', path: i % 2 ? gqlGet(q) : persisted(q), headers: { accept: GRAPHQL_RESPONSE } },
  { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { q } }) },
]));
let served = 0;
let slow = 0;
const mixedRuns: WrkResult[] = [];
while (served < 100_000) {
  const r = wrk(fresh.port, mixed, 5);
  if (r.non2xx || r.errors) throw new Error(`${r.non2xx} non-2xx and ${r.errors} socket errors in the mixed traffic`);
  mixedRuns.push(r);
  served += r.requests;
  slow += r.timeouts;
}
const afterRss = rssMb(fresh.child.pid!);
fresh.child.kill('SIGTERM');
console.log(`\n3. RSS of a fresh dref serve: ${freshRss.toFixed(0)} MB; after ${served} requests of mixed traffic (${mixedRuns.length} wrk runs, ~${median(mixedRuns.map((r) => r.rps)).toFixed(0)} req/s${slow ? `, ${slow} not answered within wrk's 10 s` : ''}): ${afterRss.toFixed(0)} MB = ${(afterRss / freshRss).toFixed(2)}× (target ≤ 1.5× ${afterRss / freshRss <= 1.5 ? 'met' : 'NOT met'})`);

for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
