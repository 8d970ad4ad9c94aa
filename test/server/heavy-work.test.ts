/**
 * Heavy work off the event loop, on a real server on loopback: a Dockerfile at the lint limits is
 * linted in the worker pool while /healthz keeps answering; past the limits (900 KB, or too many
 * lines) the answer is a 413 naming the limit, at once, over REST and GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINT_IN_PROCESS_MAX_BYTES, LINT_IN_PROCESS_MAX_LINES, LINT_MAX_BYTES, LINT_MAX_LINES } from '../../server/http/limits.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ lintWorkers: 1 });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 30_000);
afterAll(async () => { await t.close(); });

/** A Dockerfile of about `bytes` bytes, under `lines` lines, with something to find on most lines. */
function dockerfile(bytes: number): string {
  const line = 'RUN apt-get update && apt-get install -y curl wget git vim\n';
  return `FROM ubuntu\n${line.repeat(Math.floor((bytes - 12) / line.length))}`;
}

const lint = (body: string) => fetch(`${base}/api/v1/lint`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });

describe('lint in the worker pool', () => {
  it('/healthz answers while a Dockerfile at the limit is being linted', async () => {
    await (await lint('FROM ubuntu:24.04\nCMD ["app"]\n')).text(); // the worker is started and warm
    const source = dockerfile(LINT_MAX_BYTES - 1024);
    expect(source.split('\n').length).toBeLessThan(LINT_MAX_LINES);
    const started = performance.now();
    let lintDone = 0;
    const linted = lint(source).then(async (r) => { const body = await r.text(); lintDone = performance.now(); return { status: r.status, body }; });
    const probes: { at: number; ms: number }[] = [];
    while (!lintDone) {
      const t0 = performance.now();
      const r = await fetch(`${base}/healthz`);
      await r.text();
      if (!lintDone) probes.push({ at: t0 - started, ms: performance.now() - t0 });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const { status, body } = await linted;
    expect(status, body.slice(0, 200)).toBe(200);
    expect((JSON.parse(body) as { findings: unknown[] }).findings.length).toBeGreaterThan(1000);
    const lintMs = lintDone - started;
    // The event loop was free: probes kept being answered all through the lint, not once at its end.
    expect(probes.length, `lint took ${lintMs.toFixed(0)} ms`).toBeGreaterThanOrEqual(5);
    expect(probes.filter((p) => p.at > lintMs / 2).length).toBeGreaterThanOrEqual(1);
    const worst = Math.max(...probes.map((p) => p.ms));
    console.log(`lint of ${(source.length / 1024).toFixed(0)} KB took ${lintMs.toFixed(0)} ms; ${probes.length} /healthz probes answered meanwhile, the slowest in ${worst.toFixed(1)} ms`);
    expect(worst).toBeLessThan(lintMs / 2);
  }, 60_000);

  it('refuses a 900 KB Dockerfile at once with 413, naming the limit', async () => {
    const big = dockerfile(900 * 1024);
    const r = await lint(big);
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { message: string } }).error.message).toBe(`the Dockerfile is ${Buffer.byteLength(big)} bytes; the lint limit is ${LINT_MAX_BYTES} bytes (${LINT_MAX_BYTES / 1024} KB)`);
    const g = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($s: String!) { lintDockerfile(source: $s) { findings { rule } } }', variables: { s: big } }) });
    const errors = ((await g.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors;
    expect(errors[0]!.extensions.code).toBe('TOO_LARGE');
    expect(errors[0]!.message).toContain(`the lint limit is ${LINT_MAX_BYTES} bytes`);
  });

  it('refuses too many lines with 413, naming the line limit', async () => {
    const r = await lint('FROM a\n'.repeat(LINT_MAX_LINES + 1));
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { message: string } }).error.message).toBe(`the Dockerfile has more than ${LINT_MAX_LINES} lines, the lint limit`);
  });
});

describe('lint without worker threads', () => {
  it('runs in-process within lower limits, said in the error', async () => {
    const inline = await createTestApp({ lintWorkers: 0 });
    const post = (payload: string) => inline.app.inject({ method: 'POST', url: '/api/v1/lint', headers: { 'content-type': 'text/plain' }, payload });
    expect((await post('FROM ubuntu\nMAINTAINER me\n')).statusCode).toBe(200);
    const big = await post(dockerfile(LINT_IN_PROCESS_MAX_BYTES + 100));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(new RegExp(`the lint limit is ${LINT_IN_PROCESS_MAX_BYTES} bytes`));
    expect(big.json().error.hint).toMatch(/without worker threads/);
    expect((await post('FROM a\n'.repeat(LINT_IN_PROCESS_MAX_LINES + 1))).statusCode).toBe(413);
    await inline.close();
  });
});
