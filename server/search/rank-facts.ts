/**
 * What ranking reads of an entry besides its text score: id, kind, name and how often the notes use
 * it, by the rowid the search index shares with the entries table. Read for the rows a query
 * matches and kept per database, so a sentence with "container" in it (over half the rows) reads
 * them once per process instead of a join per row per query, and a one-off search from the command
 * line reads only the few rows it ranks.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { EntryKind } from '../../schema/tables.js';

export interface RankFacts {
  readonly ids: readonly (string | undefined)[];
  readonly kinds: readonly (EntryKind | undefined)[];
  readonly names: readonly (string | undefined)[];
  readonly noteLinks: readonly (number | undefined)[];
}

interface KeptFacts extends RankFacts {
  readonly ids: (string | undefined)[];
  readonly kinds: (EntryKind | undefined)[];
  readonly names: (string | undefined)[];
  readonly noteLinks: (number | undefined)[];
  /** Rows asked for, found or not. */
  readonly read: Set<number>;
}

const factsByBase = new WeakMap<KnowledgeBase, KeptFacts>();

/** The facts, with those of `rowids` read if they were not yet. */
export function rankFacts(kb: KnowledgeBase, rowids: readonly number[]): RankFacts {
  let facts = factsByBase.get(kb);
  if (!facts) factsByBase.set(kb, (facts = { ids: [], kinds: [], names: [], noteLinks: [], read: new Set() }));
  const missing = rowids.filter((r) => !facts.read.has(r));
  if (missing.length) {
    const rows = kb.sqlite.prepare('SELECT rowid, id, kind, name, note_links FROM entries WHERE rowid IN (SELECT value FROM json_each(?))')
      .raw().all(JSON.stringify(missing)) as [number, string, EntryKind, string, number][];
    for (const [rowid, id, kind, name, links] of rows) {
      facts.ids[rowid] = id;
      facts.kinds[rowid] = kind;
      facts.names[rowid] = name;
      facts.noteLinks[rowid] = links;
    }
    for (const r of missing) facts.read.add(r);
  }
  return facts;
}
