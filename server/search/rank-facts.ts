/**
 * What ranking reads of every entry besides its text score: id, kind, name and how often the notes
 * use it, in arrays indexed by the rowid the search index shares with the entries table. Read once
 * per database, so a query that matches most of the index (a sentence with "container" in it
 * matches over half the rows) scores them without a join per row.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { EntryKind } from '../../schema/tables.js';

export interface RankFacts {
  /** One past the largest rowid. */
  readonly size: number;
  readonly ids: readonly (string | undefined)[];
  readonly kinds: readonly (EntryKind | undefined)[];
  readonly names: readonly (string | undefined)[];
  readonly noteLinks: Int32Array;
  /** Rowids by entry id. */
  readonly rowids: ReadonlyMap<string, number>;
}

const factsByBase = new WeakMap<KnowledgeBase, RankFacts>();

export function rankFacts(kb: KnowledgeBase): RankFacts {
  let facts = factsByBase.get(kb);
  if (!facts) {
    const rows = kb.sqlite.prepare('SELECT rowid, id, kind, name, note_links FROM entries ORDER BY rowid').raw().all() as
      [number, string, EntryKind, string, number][];
    const size = rows.length ? rows[rows.length - 1]![0] + 1 : 0;
    const ids: (string | undefined)[] = new Array(size);
    const kinds: (EntryKind | undefined)[] = new Array(size);
    const names: (string | undefined)[] = new Array(size);
    const noteLinks = new Int32Array(size);
    const rowids = new Map<string, number>();
    for (const [rowid, id, kind, name, links] of rows) {
      ids[rowid] = id;
      kinds[rowid] = kind;
      names[rowid] = name;
      noteLinks[rowid] = links;
      rowids.set(id, rowid);
    }
    facts = { size, ids, kinds, names, noteLinks, rowids };
    factsByBase.set(kb, facts);
  }
  return facts;
}
