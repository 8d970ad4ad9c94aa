/**
 * `npm run bench:soak`: bounded mixed traffic (GraphQL and REST, many different queries) against a
 * `dref serve` on loopback for SOAK_SECONDS (default 180), reporting RSS, p99 and errors per window.
 * The first window is the baseline the later ones are compared with: RSS and p99 should not grow.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { runIngest } from '../server/ingest/run-ingest.js';
import { QUALITY_SET } from '../test/search/quality-set.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const WINDOW = Number(process.env.SOAK_WINDOW ?? 15);
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dref-soak-'));
const db = join(dir, 'kb.db');
runIngest([], db);

const child = spawn(process.execPath, [join(here, '..', 'bundle', 'dref.js'), 'serve', '--port', '0', '--db', db, '--rate-limit', '0', '--log-level', 'error'], { stdio: ['ignore', 'ignore', 'pipe'] });
const port = await new Promise<number>((resolve) => {
  let text = '';
  child.stderr!.on('data', (c: Buffer) => { text += c; const m = /127\.0\.0\.1:(\d+)/.exec(text); if (m) resolve(Number(m[1])); });
});
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;

const queries = QUALITY_SET.map((c) => c.query);
let n = 0;
const next = () => {
  const q = queries[n % queries.length]!;
  const page = 1 + (Math.floor(n / queries.length) % 20);
  n++;
  switch (n % 4) {
    case 0: return { method: 'GET' as const, path: `/api/v1/search?q=${encodeURIComponent(q)}&limit=${page}` };
    case 1: return { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(q)}, first: ${page}) { totalCount edges { snippet node { name summary } } } }` }) };
    case 2: return { method: 'GET' as const, path: `/api/v1/explain?line=${encodeURIComponent(`docker run -d --name x${n % 50} -p 8080:80 nginx`)}` };
    default: return { method: 'POST' as const, path: '/api/v1/lint', headers: { 'content-type': 'text/plain' }, body: `FROM ubuntu\nRUN echo ${n % 100}\nCMD app` };
  }
};

console.log(`soak: ${SECONDS} s of mixed traffic in ${WINDOW} s windows (baseline = the first window)`);
console.log('window   req/s    p99 ms   errors   non-2xx   RSS MB');
const windows: { p99: number; rss: number }[] = [];
for (let t = 0; t < SECONDS; t += WINDOW) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`, connections: 8, duration: WINDOW,
    requests: [{ setupRequest: ((request: object) => ({ ...request, ...next() })) as never }],
  });
  const row = { p99: result.latency.p99, rss: rss() };
  windows.push(row);
  console.log(`${String(t / WINDOW + 1).padStart(6)} ${result.requests.average.toFixed(0).padStart(8)} ${String(row.p99).padStart(9)} ${String(result.errors).padStart(8)} ${String(result.non2xx).padStart(9)} ${row.rss.toFixed(0).padStart(8)}`);
}
const first = windows[0]!;
const last = windows.at(-1)!;
console.log(`RSS ${first.rss.toFixed(0)} → ${last.rss.toFixed(0)} MB (${(((last.rss - first.rss) / first.rss) * 100).toFixed(1)}%), p99 ${first.p99} → ${last.p99} ms`);
child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
