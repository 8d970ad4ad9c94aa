/**
 * A result computed from the catalog's texts, kept while they stay the same. Every ingest builds
 * its entries afresh from the same catalog, so the checks' catalog counts would otherwise be
 * recounted each time; comparing the texts is far cheaper than counting their words again.
 */

/** `compute` memoized on the last texts it saw (equal element by element); its result must be treated as read-only. */
export function memoOfTexts<T>(compute: (texts: readonly string[]) => T): (texts: readonly string[]) => T {
  let last: { readonly texts: readonly string[]; readonly value: T } | undefined;
  return (texts) => {
    if (!last || !sameTexts(last.texts, texts)) last = { texts, value: compute(texts) };
    return last.value;
  };
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
