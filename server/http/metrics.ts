/**
 * /metrics in Prometheus' text format (version 0.0.4), off unless `dref serve --metrics`: requests by
 * route, method and status; a latency histogram by route; response-cache hits, misses, entries and
 * bytes; knowledge-base reloads; lint threads; and the process's resident memory. Routes are labelled by their
 * pattern (`/api/v1/entries/:id`), so the label set stays small whatever clients ask for.
 */
import type { FastifyInstance } from 'fastify';
import type { KnowledgeSource } from './knowledge-source.js';
import type { LintPool } from './lint-pool.js';
import type { ResponseCache } from './response-cache.js';

export interface MetricsOptions {
  readonly source: KnowledgeSource;
  readonly cache?: ResponseCache;
  readonly lintPool: LintPool;
}

/** Upper bounds of the latency histogram, in seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Histogram { readonly counts: number[]; sum: number; count: number }

const label = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const requests = new Map<string, number>();
  const latency = new Map<string, Histogram>();
  const started = new WeakMap<object, bigint>();

  app.addHook('onRequest', (request, _reply, done) => { started.set(request, process.hrtime.bigint()); done(); });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `route="${label(route)}",method="${request.method}",status="${reply.statusCode}"`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const begin = started.get(request);
    if (begin !== undefined) {
      const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
      let h = latency.get(route);
      if (!h) { h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }; latency.set(route, h); }
      for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) h.counts[i]!++;
      h.sum += seconds;
      h.count++;
    }
    done();
  });

  app.get('/metrics', { config: { rateLimit: false } }, async (_request, reply) => {
    const lines: string[] = [];
    lines.push('# HELP dref_http_requests_total HTTP requests answered, by route pattern, method and status.', '# TYPE dref_http_requests_total counter');
    for (const [key, n] of requests) lines.push(`dref_http_requests_total{${key}} ${n}`);
    lines.push('# HELP dref_http_request_duration_seconds Time from the request arriving to the answer being sent.', '# TYPE dref_http_request_duration_seconds histogram');
    for (const [route, h] of latency) {
      const r = `route="${label(route)}"`;
      BUCKETS.forEach((le, i) => lines.push(`dref_http_request_duration_seconds_bucket{${r},le="${le}"} ${h.counts[i]}`));
      lines.push(`dref_http_request_duration_seconds_bucket{${r},le="+Inf"} ${h.count}`, `dref_http_request_duration_seconds_sum{${r}} ${h.sum}`, `dref_http_request_duration_seconds_count{${r}} ${h.count}`);
    }
    const stats = options.cache?.stats() ?? { hits: 0, misses: 0, entries: 0, bytes: 0 };
    lines.push(
      '# HELP dref_response_cache_hits_total Requests answered from the response cache.', '# TYPE dref_response_cache_hits_total counter', `dref_response_cache_hits_total ${stats.hits}`,
      '# HELP dref_response_cache_misses_total Cacheable requests the response cache did not hold.', '# TYPE dref_response_cache_misses_total counter', `dref_response_cache_misses_total ${stats.misses}`,
      '# HELP dref_response_cache_entries Responses held.', '# TYPE dref_response_cache_entries gauge', `dref_response_cache_entries ${stats.entries}`,
      '# HELP dref_response_cache_bytes Bytes of response bodies held.', '# TYPE dref_response_cache_bytes gauge', `dref_response_cache_bytes ${stats.bytes}`,
      '# HELP dref_knowledge_base_reloads_total Times a rebuilt knowledge base was picked up.', '# TYPE dref_knowledge_base_reloads_total counter', `dref_knowledge_base_reloads_total ${options.source.reloads()}`,
      '# HELP dref_lint_threads Worker threads linting (0: lint runs on the event loop).', '# TYPE dref_lint_threads gauge', `dref_lint_threads ${options.lintPool.threads()}`,
      '# HELP process_resident_memory_bytes Resident memory size in bytes.', '# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
    );
    return reply.type('text/plain; version=0.0.4; charset=utf-8').header('cache-control', 'no-store').send(`${lines.join('\n')}\n`);
  });
}
