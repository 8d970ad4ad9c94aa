/**
 * Entity tags per representation (RFC 9110 §8.8.3): the tag is a digest of the content type and the
 * bytes, so the Korean and the English answer, or the application/json and the
 * application/graphql-response+json one, never share a tag; and `If-None-Match` is read as the RFC
 * says: a list of tags, each maybe weak (`W/"…"`, compared weakly), or `*`.
 */
import { createHash } from 'node:crypto';

/** A strong entity tag for these bytes served as `contentType`. */
export function entityTag(contentType: string, body: string | Buffer): string {
  return `"${createHash('sha1').update(contentType).update('\n').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The opaque part of an entity tag, without W/ (weak comparison). */
function opaque(tag: string): string {
  const t = tag.trim();
  return t.startsWith('W/') ? t.slice(2) : t;
}

/** Whether `If-None-Match: header` matches a representation tagged `tag` (so the answer is 304). */
export function ifNoneMatchMatches(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(tag);
  // Entity tags cannot hold commas or quotes inside, so splitting on commas outside quotes is the list.
  for (const part of header.match(/(?:W\/)?"[^"]*"/g) ?? []) if (opaque(part) === wanted) return true;
  return false;
}
