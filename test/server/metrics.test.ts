/** /metrics: off by default; with `metrics: true`, Prometheus text with requests, latency, cache hits and misses, and reloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ metrics: true, rateLimit: 5 }); });
afterAll(async () => { await t.close(); });

/** `name{labels} value` lines as a map. */
function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    expect(m, `not a sample line: ${line}`).not.toBeNull();
    map.set(m![1]!, Number(m![2]));
  }
  return map;
}

describe('/metrics', () => {
  it('is off by default', async () => {
    const plain = await createTestApp();
    expect((await plain.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    await plain.close();
  });

  it('counts requests by route pattern and status, latency, and cache hits and misses', async () => {
    await t.app.inject({ url: '/api/v1/entries/command:restart' });
    await t.app.inject({ url: '/api/v1/entries/command:restart' });
    await t.app.inject({ url: '/api/v1/entries/nope' });
    const r = await t.app.inject({ url: '/metrics' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const m = samples(r.body);
    expect(m.get('dref_http_requests_total{route="/api/v1/entries/:id",method="GET",status="200"}')).toBe(2);
    expect(m.get('dref_http_requests_total{route="/api/v1/entries/:id",method="GET",status="404"}')).toBe(1);
    expect(m.get('dref_http_request_duration_seconds_count{route="/api/v1/entries/:id"}')).toBe(3);
    expect(m.get('dref_http_request_duration_seconds_bucket{route="/api/v1/entries/:id",le="+Inf"}')).toBe(3);
    expect(m.get('dref_response_cache_hits_total')).toBe(1);
    expect(m.get('dref_response_cache_misses_total')).toBe(2);
    expect(m.get('dref_response_cache_entries')).toBe(1);
    expect(m.get('dref_knowledge_base_reloads_total')).toBe(0);
    expect(m.get('dref_lint_threads')).toBe(0);
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
  });

  it('is not rate-limited', async () => {
    for (let i = 0; i < 8; i++) expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(200);
  });
});
