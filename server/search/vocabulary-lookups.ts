/**
 * Lookups in the search index's vocabulary (`entry_terms`, see search-table.ts), remembered per
 * database: queries ask about the same few thousand words again and again. The oldest answers go
 * first past a bound.
 */
import type { KnowledgeBase } from '../database/open-database.js';

const KEPT_ANSWERS = 50_000;

const answersByBase = new WeakMap<KnowledgeBase, Map<string, number>>();

function remembered(kb: KnowledgeBase, key: string, ask: () => number): number {
  let answers = answersByBase.get(kb);
  if (!answers) answersByBase.set(kb, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = ask();
    if (answers.size >= KEPT_ANSWERS) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
  }
  return answer;
}

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
