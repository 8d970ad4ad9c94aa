/**
 * An in-memory cache of whole responses. Every answer depends only on the request and the database's
 * build, so a repeated query (the same search on a docs site) is served from memory; the key holds
 * the build id, so a rebuilt database is never answered from the old one. Bounded by count and bytes,
 * the least recently used going first — nearly: a hit moves its entry to the back of the line only
 * when it has fallen into the older half, so a hot entry does not reorder the map on every request.
 * Bodies are kept encoded, so a hit neither measures nor encodes the text again. Hits are answered
 * just before the route's handler would run.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface ResponseCacheOptions {
  readonly buildId: () => string;
  readonly maxEntries?: number;
  readonly maxBytes?: number;
}

interface Cached {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
  /** When it last moved to the back of the line (a tick of `clock`). */
  moved: number;
}

const CACHEABLE = /^\/(graphql|api\/v1\/)/;
/** Headers a cached response is served with. */
const KEPT = ['content-type', 'cache-control', 'etag', 'vary'] as const;

export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  const maxEntries = options.maxEntries ?? 2_000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Cached>();
  let bytes = 0;
  let clock = 0;
  const keys = new WeakMap<FastifyRequest, string>();

  // A POST is keyed by its body as it came: the JSON parser (Fastify's own) keeps the text beside the value.
  const texts = new WeakMap<FastifyRequest, string>();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    texts.set(request, text as string);
    parseJson(request, text as string, done);
  });

  const keyOf = (request: FastifyRequest) => {
    let body = '';
    if (request.method === 'POST') {
      const raw = texts.get(request) ?? (typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null));
      body = raw.length > 4096 ? createHash('sha1').update(raw).digest('base64') : raw;
    }
    return `${options.buildId()}|${request.method}|${request.url}|${request.headers['accept-language'] ?? ''}|${body}`;
  };

  const serve = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const key = keyOf(request);
    const hit = entries.get(key);
    if (!hit) { keys.set(request, key); done(); return; }
    if (clock - hit.moved > entries.size >> 1) {
      entries.delete(key);
      entries.set(key, hit);
      hit.moved = ++clock;
    }
    if (request.method === 'GET' && hit.headers.etag && request.headers['if-none-match'] === hit.headers.etag) {
      void reply.code(304).headers(hit.headers).header('x-dref-cache', 'hit').send();
      return;
    }
    void reply.headers(hit.headers).header('x-dref-cache', 'hit').send(hit.body);
  };

  // preHandler: after the rate limit (a route-level onRequest hook) and, for POST, after the body is parsed.
  app.addHook('preHandler', (request, reply, done) => {
    if ((request.method !== 'GET' && request.method !== 'POST') || !CACHEABLE.test(request.url)) { done(); return; }
    serve(request, reply, done);
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const key = keys.get(request);
    const type = String(reply.getHeader('content-type') ?? '');
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    if (key && reply.statusCode === 200 && typeof payload === 'string' && type.startsWith('application/json')
      && !cacheControl.includes('no-store') && !cacheControl.includes('private')) {
      const headers: Record<string, string> = {};
      for (const name of KEPT) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      const body = Buffer.from(payload);
      const previous = entries.get(key);
      if (previous) {
        entries.delete(key);
        bytes -= previous.body.length;
      }
      entries.set(key, { body, headers, moved: ++clock });
      bytes += body.length;
      for (const [oldest, value] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= value.body.length;
      }
    }
    done(null, payload);
  });
}
