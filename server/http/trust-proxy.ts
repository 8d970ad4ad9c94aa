/**
 * `--trust-proxy`: which hops in front of dref may say who the client is (X-Forwarded-For), so the
 * rate limit keys on the client behind nginx and not on nginx. A number trusts that many hops
 * nearest the server; otherwise a comma-separated list of addresses and CIDRs (or the names
 * loopback, linklocal, uniquelocal) trusts exactly those proxies.
 */
import { isIP } from 'node:net';
import { DrefError } from '../errors.js';

export type TrustProxy = number | string;

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(part: string): boolean {
  if (NAMES.has(part)) return true;
  const [address, bits, ...rest] = part.split('/');
  if (rest.length || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (isIP(address) === 4 ? 32 : 128);
}

/** The value Fastify's `trustProxy` takes, from the flag's text. */
export function parseTrustProxy(text: string): TrustProxy {
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new DrefError('USAGE', `--trust-proxy ${text}: give 1 to 10 hops`, 'behind one nginx, --trust-proxy 1');
    return hops;
  }
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const bad = parts.find((p) => !isAddressOrRange(p));
  if (!parts.length || bad !== undefined) {
    throw new DrefError('USAGE', `--trust-proxy ${text}: ${JSON.stringify(bad ?? text)} is not a hop count, an address or a CIDR`, 'e.g. --trust-proxy 1, --trust-proxy 10.0.0.0/8 or --trust-proxy loopback');
  }
  return parts.join(',');
}
