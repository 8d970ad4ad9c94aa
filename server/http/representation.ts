/**
 * What a GET's answer is as an HTTP representation, and the response cache in front of the routes.
 * A 200 JSON answer (application/json or application/graphql-response+json) without no-store,
 * no-cache or private is a cacheable representation: it gets an ETag of its own bytes, `Vary:
 * Accept, Accept-Language, Origin` and a Cache-Control (public, 5 minutes) unless the route set one,
 * and is stored in the response cache. Every other answer (an error, a GraphQL answer with errors —
 * Apollo marks those no-store — a 304) is never stored, never tagged, so never answered with a 304.
 * Hits are looked up in preHandler: after onRequest (CORS, CSRF prevention, the rate limit) and after
 * the body is parsed, so a hit has passed every check a miss passes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { entityTag, ifNoneMatchMatches } from './etag.js';
import { slotOf, type CachedResponse, type ResponseCache } from './response-cache.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** A cacheable request's slot in the response cache, set when it missed: its answer is stored there. */
    responseCacheSlot: string | null;
    /** The build it was looked up for: the answer is kept for that build, whatever was picked up since. */
    responseCacheBuild: string | null;
    /** A JSON body as it came, kept beside the parsed value: a POST is keyed by it. */
    bodyText: string | null;
  }
}

export interface RepresentationOptions {
  readonly buildId: () => string;
  /** Absent: answers are tagged but not kept. */
  readonly cache?: ResponseCache;
}

export const VARY = 'Accept, Accept-Language, Origin';
const DEFAULT_CACHE_CONTROL = 'public, max-age=300';
const CACHEABLE_PATH = /^\/(graphql|api\/v1\/)/;
const JSON_TYPES = /^application\/(json|graphql-response\+json)\b/;
const NOT_STORABLE = /no-store|no-cache|private/;
/** Headers a cached answer is served with. */
const KEPT = ['content-type', 'cache-control', 'etag', 'vary'] as const;

/**
 * A hit is written straight to the socket: the headers set on the way (security, CORS) and the
 * stored ones, then the stored bytes. The onSend hooks have nothing left to do for it; onResponse
 * hooks (metrics, logging) still run.
 */
function answerHit(reply: FastifyReply, hit: CachedResponse, notModified: boolean): void {
  const raw = reply.raw;
  const set = reply.getHeaders();
  reply.hijack();
  // A flat [name, value, …] list: the quickest form node:http takes.
  const headers: (string | number)[] = [];
  for (const name in set) if (!(name in hit.headers)) headers.push(name, String(set[name]));
  if (notModified) {
    for (const name in hit.headers) if (name !== 'content-type') headers.push(name, hit.headers[name]!);
    headers.push('x-dref-cache', 'hit');
    raw.writeHead(304, headers).end();
    return;
  }
  for (let i = 0; i < hit.wire.length; i++) headers.push(hit.wire[i]!);
  raw.writeHead(200, headers).end(hit.body);
}

export function registerRepresentations(app: FastifyInstance, options: RepresentationOptions): void {
  const { cache } = options;
  // Per-request state as request properties (declared once, so every request has the same shape), not WeakMaps.
  app.decorateRequest('responseCacheSlot', null);
  app.decorateRequest('responseCacheBuild', null);
  app.decorateRequest('bodyText', null);

  if (cache) {
    // A POST is keyed by its body as it came: the JSON parser (Fastify's own) keeps the text beside the value.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
      request.bodyText = text as string;
      parseJson(request, text as string, done);
    });

    app.addHook('preHandler', (request, reply, done) => {
      const { method } = request;
      if ((method !== 'GET' && method !== 'POST') || !CACHEABLE_PATH.test(request.url)) { done(); return; }
      const slot = slotOf(method, request.url, method === 'POST' ? request.bodyText ?? JSON.stringify(request.body ?? null) : undefined);
      const { headers } = request;
      const buildId = options.buildId();
      const hit = cache.get(slot, buildId, headers.accept, headers['accept-language']);
      if (!hit) { request.responseCacheSlot = slot; request.responseCacheBuild = buildId; done(); return; }
      answerHit(reply, hit, method === 'GET' && hit.headers.etag !== undefined && ifNoneMatchMatches(headers['if-none-match'], hit.headers.etag));
    });
  }

  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method === 'OPTIONS' || !CACHEABLE_PATH.test(request.url)) { done(null, payload); return; }
    void reply.header('vary', VARY);
    const status = reply.statusCode;
    if (status >= 400) { void reply.header('cache-control', 'no-store'); done(null, payload); return; }
    const type = String(reply.getHeader('content-type') ?? '');
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    if (status !== 200 || typeof payload !== 'string' || !JSON_TYPES.test(type) || NOT_STORABLE.test(cacheControl)) { done(null, payload); return; }
    // Apollo writes errors first: a GraphQL answer with errors that reached here unmarked is still not a representation to keep.
    if (payload.startsWith('{"errors":')) { void reply.header('cache-control', 'no-store'); done(null, payload); return; }
    if (!cacheControl) void reply.header('cache-control', DEFAULT_CACHE_CONTROL);
    const isGet = request.method === 'GET' || request.method === 'HEAD';
    const tag = isGet ? entityTag(type, payload) : undefined;
    if (tag) void reply.header('etag', tag);
    const slot = request.responseCacheSlot;
    if (cache && slot !== null && request.responseCacheBuild !== null) {
      const headers: Record<string, string> = {};
      for (const name of KEPT) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      cache.set(slot, { buildId: request.responseCacheBuild, accept: request.headers.accept, acceptLanguage: request.headers['accept-language'] }, Buffer.from(payload), headers);
    }
    if (tag && ifNoneMatchMatches(request.headers['if-none-match'], tag)) {
      void reply.code(304).removeHeader('content-type');
      done(null, '');
      return;
    }
    done(null, payload);
  });
}
