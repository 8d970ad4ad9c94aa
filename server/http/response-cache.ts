/**
 * An in-memory cache of whole responses. Every answer depends only on the request and the database's
 * build, so a repeated query (the same search on a docs site) is served from memory. The key holds
 * everything that changes the bytes: the build id, the method, the URL (operation and variables for a
 * GraphQL GET), a POST's body as sent, and the Accept and Accept-Language headers. Bounded by count
 * and bytes, the least recently used going first — nearly: a hit moves its entry to the back of the
 * line only when it has fallen into the older half, so a hot entry does not reorder the map on every
 * request. Bodies are kept encoded, so a hit neither measures nor encodes the text again.
 * representation.ts decides what is stored and when a hit is answered.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export interface CachedResponse {
  readonly body: Buffer;
  /** Headers the answer is served with: content-type, cache-control, etag, vary. */
  readonly headers: Readonly<Record<string, string>>;
  /** The same headers with x-dref-cache and content-length, as the flat list a hit writes. */
  readonly wire: readonly (string | number)[];
  /** When it last moved to the back of the line (a tick of the cache's clock). */
  moved: number;
}

export interface ResponseCacheStats {
  readonly entries: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

/** A POST body longer than this is keyed by its digest. */
const INLINE_BODY = 4096;

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private clock = 0;
  private hits = 0;
  private misses = 0;

  constructor(private readonly maxEntries = 2_000, private readonly maxBytes = 64 * 1024 * 1024) {}

  /** The key of a request: `rawBody` is a POST's body as it came. */
  keyOf(buildId: string, request: FastifyRequest, rawBody: string | undefined): string {
    const h = request.headers;
    let body = rawBody ?? '';
    if (body.length > INLINE_BODY) body = createHash('sha1').update(body).digest('base64');
    return `${buildId}\n${request.method}\n${request.url}\n${h.accept ?? ''}\n${h['accept-language'] ?? ''}\n${body}`;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) { this.misses++; return undefined; }
    this.hits++;
    if (this.clock - hit.moved > this.entries.size >> 1) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      hit.moved = ++this.clock;
    }
    return hit;
  }

  set(key: string, body: Buffer, headers: Readonly<Record<string, string>>): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.body.length;
    }
    const wire = [...Object.entries(headers).flat(), 'x-dref-cache', 'hit', 'content-length', body.length];
    this.entries.set(key, { body, headers, wire, moved: ++this.clock });
    this.bytes += body.length;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
  }

  stats(): ResponseCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }
}
