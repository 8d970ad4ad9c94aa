/**
 * Security headers for a JSON API: no content sniffing, no referrer, readable from other origins
 * (docs sites embed answers), never framed, and no active content in any answer. Apollo's landing
 * page (the one HTML answer, for a browser opening /graphql) brings its own Content-Security-Policy
 * in a <meta> tag for what it loads; the header adds that it is never framed.
 */
import type { FastifyInstance } from 'fastify';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
  'x-frame-options': 'DENY',
};

/** For JSON and text: nothing in them may run, load or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** For Apollo's landing page: its own <meta> policy (script nonces) governs what it loads; this one forbids framing it. */
export const LANDING_PAGE_CSP = "frame-ancestors 'none'";

export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = { ...SECURITY_HEADERS, 'content-security-policy': API_CSP };
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) void reply.header('content-security-policy', LANDING_PAGE_CSP);
    done(null, payload);
  });
}
