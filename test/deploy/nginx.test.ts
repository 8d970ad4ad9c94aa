/**
 * Scale out: two `dref serve` replicas behind real nginx (Debian's nginx-light) on loopback, with
 * proxy_cache for GET. A repeated query is a cache hit; killing a replica under load loses no
 * request (nginx retries the other); a re-ingest is visible once the cache revalidates. A third,
 * rate-limited replica started with --trust-proxy behind the same nginx (passing the client's
 * address in X-Forwarded-For, as the README's config does) gives clients from different addresses
 * buckets of their own, and ignores X-Forwarded-For from anyone but the proxy.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { tempDir } from '../helpers/temp-database.js';
import { startServer } from '../helpers/start-server.js';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const dir = tempDir('dref-nginx-');
const db = join(dir, 'kb.db');
let replicas: { child: ChildProcess; url: string }[] = [];
let limited: { child: ChildProcess; url: string };
/** Requests a minute the rate-limited replica allows each client. */
const LIMIT = 3;
let nginx: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

beforeAll(async () => {
  expect(existsSync(NGINX), `no nginx at ${NGINX}: install Debian's nginx-light (apt-get install nginx-light)`).toBe(true);
  runIngest([], db);
  replicas = await Promise.all([startServer(db, ['--rate-limit', '0']), startServer(db, ['--rate-limit', '0'])]);
  limited = await startServer(db, ['--rate-limit', String(LIMIT), '--trust-proxy', '127.0.0.1']);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  for (const d of ['cache', 'temp']) mkdirSync(join(dir, d));
  const upstreams = replicas.map((r) => `    server ${r.url.replace('http://', '')} max_fails=1 fail_timeout=10s;`).join('\n');
  writeFileSync(join(dir, 'nginx.conf'), `
user root;
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  proxy_cache_path ${dir}/cache keys_zone=dref:1m max_size=10m;
  upstream dref {
${upstreams}
  }
  upstream limited {
    server ${limited.url.replace('http://', '')};
  }
  server {
    listen 127.0.0.1:${port};
    # As in the README: the client's address for --trust-proxy. A location that sets any
    # proxy_set_header inherits none from the server block, so each location sets them all.
    location /limited/ {
      proxy_pass http://limited/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
    location / {
      proxy_pass http://dref;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_cache dref;
      proxy_cache_key $request_uri|$http_accept|$http_accept_language;
      proxy_ignore_headers Cache-Control;
      proxy_cache_valid 200 2s;
      proxy_cache_revalidate on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`);
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const end = Date.now() + 10_000;
  for (;;) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error('nginx did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 60_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  for (const r of [...replicas, limited]) if (r && r.child.exitCode === null) r.child.kill('SIGTERM');
  spawnSync('true');
});

describe('two replicas behind nginx', () => {
  it('answers a repeated GET query from the cache', async () => {
    const url = `${base}/api/v1/search?q=restart`;
    const first = await fetch(url);
    await first.text();
    const second = await fetch(url);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(((await second.json()) as { results: { name: string }[] }).results[0]!.name).toBe('docker restart');
  });

  it('loses no request when a replica is killed under load', async () => {
    const queries = ['restart', 'dangling', 'cache', 'layers', 'healthcheck', 'volume', 'expose', 'entrypoint'];
    let n = 0;
    const results: number[] = [];
    const worker = async () => {
      for (let i = 0; i < 40; i++) {
        const r = await fetch(`${base}/api/v1/search?q=${queries[n % queries.length]}&limit=${1 + (n++ % 40)}`);
        await r.arrayBuffer();
        results.push(r.status);
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    replicas[0]!.child.kill('SIGKILL');
    await load;
    expect(results).toHaveLength(160);
    expect(results.filter((s) => s !== 200)).toEqual([]);
  }, 60_000);

  it('shows a re-ingest once the cache revalidates', async () => {
    const url = `${base}/api/v1/sections`;
    expect(((await (await fetch(url)).json()) as { sections: unknown[] }).sections).toHaveLength(18);
    const notes = join(dir, 'mine.md');
    writeFileSync(notes, "# 1 내 노트\n'docker run -d --restart=always nginx'\n");
    runIngest([notes], db);
    // The cache keeps an answer for 2 s, then revalidates (If-None-Match) with a replica: the new build must show soon after.
    const started = Date.now();
    let sections = 18;
    let status: string | null = null;
    while (sections !== 1 && Date.now() - started < 8_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = await fetch(url);
      status = after.headers.get('x-cache-status');
      sections = ((await after.json()) as { sections: unknown[] }).sections.length;
    }
    expect(sections, `still the old build after ${Date.now() - started} ms (cache ${status})`).toBe(1);
  }, 30_000);
});

/** GET `url` from the local address `from` (any of 127.0.0.0/8 on Linux), with extra headers. */
function getFrom(from: string, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress: from, headers: { connection: 'close', ...headers } }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limits behind nginx with --trust-proxy', () => {
  it('gives clients from different addresses buckets of their own', async () => {
    const url = `${base}/limited/api/v1/search?q=restart`;
    const a: number[] = [];
    for (let i = 0; i <= LIMIT; i++) a.push(await getFrom('127.0.0.2', url));
    expect(a).toEqual([...Array(LIMIT).fill(200), 429]);
    // Without --trust-proxy every client would be nginx (127.0.0.1) and share that one spent bucket.
    expect(await getFrom('127.0.0.3', url)).toBe(200);
    expect(await getFrom('127.0.0.2', url)).toBe(429);
  });

  it('ignores X-Forwarded-For from an address it does not trust', async () => {
    const url = `${limited.url}/api/v1/recipes`;
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await getFrom('127.0.0.4', url, { 'x-forwarded-for': `203.0.113.${i}` }));
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
  });
});
