/**
 * The knowledge-base entry a finding links to, looked up straight in the catalog's instructions,
 * concepts and comparisons (the only kinds lint rules name). The same ids, names and summaries as
 * catalogContext gives, without building all 1,500 entry records first, which took a short
 * `dref lint` most of its time.
 */
import * as catalog from '../../data/catalog/index.js';
import type { EntryRef } from '../knowledge/catalog-context.js';

let byName: Map<string, EntryRef> | undefined;

function index(): Map<string, EntryRef> {
  const map = new Map<string, EntryRef>();
  for (const i of catalog.instructions) map.set(i.name.toUpperCase(), { id: `instruction:${i.name}`, name: i.name, summary: i.summary });
  for (const c of catalog.concepts) map.set(`concept:${c.slug}`, { id: `concept:${c.slug}`, name: `concept:${c.slug}`, summary: c.summary });
  for (const c of catalog.comparisons) map.set(`compare:${c.slug}`, { id: `comparison:${c.slug}`, name: `compare:${c.slug}`, summary: c.summary });
  return map;
}

/** `RUN`, `concept:layers`, `compare:add-vs-copy` → the entry, or null when the catalog has none by that name. */
export function lintEntry(name: string): EntryRef | null {
  byName ??= index();
  return byName.get(/^[a-z]+:/.test(name) ? name : name.toUpperCase()) ?? null;
}
