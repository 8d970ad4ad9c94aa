/**
 * Answers kept per open database, up to a bound, the oldest dropped first: for lookups whose answer
 * depends only on the database and a key (a term's row count, a phrase's rows in the names), which
 * queries ask again and again. A database replaced by another is collected with its answers.
 */
import type { KnowledgeBase } from '../database/open-database.js';

/** A lookup that keeps up to `limit` answers per database. */
export function keptPerBase<T>(limit: number): (kb: KnowledgeBase, key: string, answer: () => T) => T {
  const byBase = new WeakMap<KnowledgeBase, Map<string, T>>();
  return (kb, key, answer) => {
    let kept = byBase.get(kb);
    if (!kept) byBase.set(kb, (kept = new Map()));
    let value = kept.get(key);
    if (value === undefined) {
      value = answer();
      if (kept.size >= limit) kept.delete(kept.keys().next().value!);
      kept.set(key, value);
    }
    return value;
  };
}
