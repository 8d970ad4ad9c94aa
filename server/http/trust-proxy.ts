/**
 * `--trust-proxy`: which hops in front of dref may say who the client is (X-Forwarded-For), so the
 * rate limit keys on the client behind nginx and not on nginx. A number trusts that many hops
 * nearest the server; otherwise a comma-separated list of addresses and CIDRs (or the names
 * loopback, linklocal, uniquelocal) trusts exactly those proxies.
 */
import { isIP } from 'node:net';
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

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
export function parseTrustProxy(text: string, lang: MessageLang = 'en'): TrustProxy {
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new DrefError('USAGE', errorMessage(lang, 'trustProxy.hops', { text }), errorMessage(lang, 'trustProxy.hopsHint'));
    return hops;
  }
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const bad = parts.find((p) => !isAddressOrRange(p));
  if (!parts.length || bad !== undefined) {
    throw new DrefError('USAGE', errorMessage(lang, 'trustProxy.bad', { text, part: JSON.stringify(bad ?? text) }), errorMessage(lang, 'trustProxy.badHint'));
  }
  return parts.join(',');
}
