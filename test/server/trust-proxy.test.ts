/** `--trust-proxy` values, and the rate limit keyed on the client a trusted proxy names (in-process). */
import { describe, expect, it } from 'vitest';
import { DrefError } from '../../server/errors.js';
import { parseTrustProxy } from '../../server/http/trust-proxy.js';
import { createTestApp } from '../helpers/test-app.js';

describe('parseTrustProxy', () => {
  it.each([['1', 1], ['2', 2], ['127.0.0.1', '127.0.0.1'], ['10.0.0.0/8, 192.168.0.0/16', '10.0.0.0/8,192.168.0.0/16'], ['loopback', 'loopback'], ['::1,fd00::/8', '::1,fd00::/8']])('%s', (text, value) => {
    expect(parseTrustProxy(text)).toBe(value);
  });
  it.each(['0', '11', 'nginx', '10.0.0.0/33', '300.1.1.1', '', '1.2.3.4/x'])('refuses %j', (text) => {
    expect(() => parseTrustProxy(text)).toThrow(DrefError);
  });
});

describe('rate limits keyed on the client behind a trusted proxy', () => {
  it('gives each forwarded client its own bucket, and ignores the header without trust', async () => {
    const ask = async (app: Awaited<ReturnType<typeof createTestApp>>, client: string) =>
      (await app.app.inject({ url: '/api/v1/recipes', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } })).statusCode;
    const trusting = await createTestApp({ rateLimit: 2, trustProxy: '127.0.0.1' });
    expect([await ask(trusting, '203.0.113.1'), await ask(trusting, '203.0.113.1'), await ask(trusting, '203.0.113.1'), await ask(trusting, '203.0.113.2')]).toEqual([200, 200, 429, 200]);
    await trusting.close();
    const plain = await createTestApp({ rateLimit: 2 });
    expect([await ask(plain, '203.0.113.1'), await ask(plain, '203.0.113.2'), await ask(plain, '203.0.113.3')]).toEqual([200, 200, 429]);
    await plain.close();
  });
});
