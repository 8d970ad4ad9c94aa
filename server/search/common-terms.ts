/**
 * Terms that more than half the entries hold (`docker`): FTS5's bm25 floors their IDF to almost
 * nothing, so in a query matched over any of its words (OR) they add no score, only rows to score —
 * nearly every row of the index. Such a query leaves them out when it has other words; the ranks of
 * the rows it keeps do not change.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { QueryTerm } from './index-terms.js';
import { rowsHolding } from './vocabulary-lookups.js';

const rowCounts = new WeakMap<KnowledgeBase, number>();

/** The terms that pick rows: all of them when every one is common, or when there is only one. */
export function withoutCommonTerms(kb: KnowledgeBase, terms: readonly QueryTerm[]): readonly QueryTerm[] {
  if (terms.length < 2) return terms;
  let rows = rowCounts.get(kb);
  if (rows === undefined) {
    rows = (kb.sqlite.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    rowCounts.set(kb, rows);
  }
  const half = rows / 2;
  const kept = terms.filter((t) => {
    // A single-token phrase ("docker"* or "도커"): a prefix matches at least the rows its whole word does.
    const token = /^"([^" ]+)"\*?$/.exec(t.phrase)?.[1];
    if (!token || t.alternatives?.length) return true;
    return rowsHolding(kb, token) <= half;
  });
  return kept.length ? kept : terms;
}
