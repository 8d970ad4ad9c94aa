/**
 * An in-memory cache of whole responses. Every answer depends only on the request and the database's
 * build, so a repeated query (the same search on a docs site) is served from memory. What changes the
 * bytes is the build id, the method, the URL (operation and variables for a GraphQL GET), a POST's
 * body as sent, and the Accept and Accept-Language headers: a request's slot is its URL (a POST's
 * with its body), and the answers in a slot are told apart by build, Accept and Accept-Language.
 * A hit builds no key: the slot of a GET is the URL string the request already has, and the rest is
 * compared in place, so serving from memory allocates nothing that outlives the request.
 *
 * Bounded by count and bytes. Eviction is second-chance (CLOCK): a hit only marks its answer used;
 * when room is needed, the oldest slot goes unless one of its answers was used since it was last
 * looked at, in which case it is unmarked and moved to the back of the line. So a hot answer stays
 * without the map being reordered on every request. Bodies are kept encoded, so a hit neither
 * measures nor encodes the text again. representation.ts decides what is stored and when a hit is
 * answered.
 */
import { createHash } from 'node:crypto';

export interface CachedResponse {
  readonly body: Buffer;
  /** Headers the answer is served with: content-type, cache-control, etag, vary. */
  readonly headers: Readonly<Record<string, string>>;
  /** The same headers with x-dref-cache and content-length, as the flat list a hit writes. */
  readonly wire: readonly (string | number)[];
}

/** What tells apart the answers in one slot. */
export interface Variant {
  readonly buildId: string;
  readonly accept: string | undefined;
  readonly acceptLanguage: string | undefined;
}

interface Held extends CachedResponse, Variant {
  /** Served since eviction last passed it. */
  used: boolean;
}

export interface ResponseCacheStats {
  readonly entries: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

/** A POST body longer than this is keyed by its digest. */
const INLINE_BODY = 4096;

/**
 * The slot of a request: a GET's URL as it came (no copy), a POST's URL and body. A URL cannot hold a
 * line break, so a POST's slot never equals a GET's.
 */
export function slotOf(method: string, url: string, rawBody: string | undefined): string {
  if (method === 'GET') return url;
  const body = rawBody === undefined ? '' : rawBody.length > INLINE_BODY ? createHash('sha1').update(rawBody).digest('base64') : rawBody;
  return `${method} ${url}\n${body}`;
}

const isVariant = (held: Held, buildId: string, accept: string | undefined, acceptLanguage: string | undefined) =>
  held.buildId === buildId && held.accept === accept && held.acceptLanguage === acceptLanguage;

export class ResponseCache {
  private readonly slots = new Map<string, Held[]>();
  private entries = 0;
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(private readonly maxEntries = 2_000, private readonly maxBytes = 64 * 1024 * 1024) {}

  get(slot: string, buildId: string, accept: string | undefined, acceptLanguage: string | undefined): CachedResponse | undefined {
    const held = this.slots.get(slot);
    if (held) {
      for (let i = 0; i < held.length; i++) {
        const answer = held[i]!;
        if (!isVariant(answer, buildId, accept, acceptLanguage)) continue;
        this.hits++;
        answer.used = true;
        return answer;
      }
    }
    this.misses++;
    return undefined;
  }

  set(slot: string, variant: Variant, body: Buffer, headers: Readonly<Record<string, string>>): void {
    const wire = [...Object.entries(headers).flat(), 'x-dref-cache', 'hit', 'content-length', body.length];
    const answer: Held = { body, headers, wire, buildId: variant.buildId, accept: variant.accept, acceptLanguage: variant.acceptLanguage, used: false };
    const held = this.slots.get(slot);
    if (held) {
      // Back of the line, with the answer it replaces (if any) gone.
      this.slots.delete(slot);
      const at = held.findIndex((h) => isVariant(h, variant.buildId, variant.accept, variant.acceptLanguage));
      if (at >= 0) {
        this.entries--;
        this.bytes -= held[at]!.body.length;
        held.splice(at, 1);
      }
      held.push(answer);
      this.slots.set(slot, held);
    } else {
      this.slots.set(slot, [answer]);
    }
    this.entries++;
    this.bytes += body.length;
    this.evict();
  }

  stats(): ResponseCacheStats {
    return { entries: this.entries, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  /** Second chance: a slot used since the last pass goes to the back unmarked; the first one unused goes. */
  private evict(): void {
    // Each slot is passed over at most once before every slot is unmarked, so two rounds always free room.
    let passes = 2 * this.slots.size;
    while ((this.entries > this.maxEntries || this.bytes > this.maxBytes) && passes-- > 0) {
      const [slot, held] = this.slots.entries().next().value as [string, Held[]];
      this.slots.delete(slot);
      if (passes > 0 && held.some((h) => h.used)) {
        for (const h of held) h.used = false;
        this.slots.set(slot, held);
        continue;
      }
      for (const h of held) {
        this.entries--;
        this.bytes -= h.body.length;
      }
    }
  }
}
