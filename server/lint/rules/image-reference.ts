/** Splits an image reference into registry, name, tag and digest (`localhost:5000/app:1.0@sha256:…`). */
export function imageParts(reference: string): { registry: string | null; name: string; tag: string | null; digest: string | null } {
  const [withoutDigest, digest] = reference.split('@') as [string, string | undefined];
  const slash = withoutDigest.indexOf('/');
  const first = slash >= 0 ? withoutDigest.slice(0, slash) : '';
  const registry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost') ? first : null;
  const rest = registry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = rest.lastIndexOf(':');
  return colon > rest.lastIndexOf('/') && colon >= 0
    ? { registry, name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest: digest ?? null }
    : { registry, name: rest, tag: null, digest: digest ?? null };
}
