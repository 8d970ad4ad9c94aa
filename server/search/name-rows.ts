/**
 * The rows whose name (with its aliases and titles) holds a query's words, read from the names'
 * own index (`entry_names`, see search-table.ts), whose lists of rows stay as short as the catalog
 * however long the notes grow. A phrase's rows are kept per database, as phrase-scores.ts keeps its
 * scores: the same words recur from query to query.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { QueryTerm } from './index-terms.js';
import { keptPerBase } from './kept-per-base.js';

/** Phrases kept per database; a phrase's rows are a few dozen at most. */
const remembered = keptPerBase<Int32Array>(4_096);

/** The rowids whose name matches one phrase (`"stop"*`, `"컨테 테이"`). */
function nameMatches(kb: KnowledgeBase, phrase: string): Int32Array {
  return remembered(kb, phrase, () =>
    Int32Array.from(kb.sqlite.prepare('SELECT rowid FROM entry_names WHERE entry_names MATCH ?').pluck().all(phrase) as number[]));
}

/** The rows in which every term (AND) or any term (OR) matches in the name, as flags by rowid below `size`. */
export function namedRows(kb: KnowledgeBase, terms: readonly QueryTerm[], join: 'AND' | 'OR', size: number): Uint8Array {
  const flags = new Uint8Array(size);
  if (!terms.length) return flags;
  const counts = new Uint16Array(size);
  for (const t of terms) {
    const rowids = nameMatches(kb, t.phrase);
    for (let i = 0; i < rowids.length; i++) if (rowids[i]! < size) counts[rowids[i]!]!++;
  }
  const needed = join === 'AND' ? terms.length : 1;
  for (let r = 0; r < size; r++) if (counts[r]! >= needed) flags[r] = 1;
  return flags;
}
