/**
 * Lookups in the search index's vocabulary (`entry_terms`, see search-table.ts), remembered per
 * database: queries ask about the same few thousand words again and again. The oldest answers go
 * first past a bound.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { keptPerBase } from './kept-per-base.js';

/** Answers kept per database: a term or prefix each. */
const remembered = keptPerBase<number>(50_000);

/** How many rows hold `term` itself (0 when none). */
export function rowsHolding(kb: KnowledgeBase, term: string): number {
  return remembered(kb, `=${term}`, () =>
    (kb.sqlite.prepare('SELECT doc FROM entry_terms WHERE term = ?').pluck().get(term) as number | undefined) ?? 0);
}

/** Whether some indexed term is `prefix` or starts with it. */
export function hasTermStartingWith(kb: KnowledgeBase, prefix: string): boolean {
  return remembered(kb, `^${prefix}`, () =>
    kb.sqlite.prepare('SELECT 1 FROM entry_terms WHERE term >= ? AND term < ? LIMIT 1').get(prefix, `${prefix}\uffff`) === undefined ? 0 : 1) === 1;
}
