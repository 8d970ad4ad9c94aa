/**
 * The GraphQL over HTTP spec's audit suite (graphql-http's serverAudits) against the real server on
 * loopback: every MUST and every SHOULD passes. MAYs are reported as notices and not required.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  url = `${await t.app.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
});
afterAll(async () => { await t.close(); });

describe('graphql-http audits', () => {
  const audits = serverAudits({ url: () => url });
  it.each(audits.filter((a) => !a.name.startsWith('MAY')).map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'response' in result ? `${result.reason}: ${await result.response.text().catch(() => '')}` : '').toBe('ok');
  });
  it('reports the MAYs it does not do', async () => {
    const mays = audits.filter((a) => a.name.startsWith('MAY'));
    const results = await Promise.all(mays.map(async (a) => ({ name: a.name, result: await a.fn() })));
    const notDone = results.filter((r) => r.result.status !== 'ok').map((r) => r.name);
    if (notDone.length) console.log(`MAYs not done: ${notDone.join('; ')}`);
    expect(results.every((r) => r.result.status !== 'error')).toBe(true);
  });
});
