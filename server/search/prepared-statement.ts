/** Search's SQL statements, each prepared once per open knowledge base (preparing costs more than running most of them). */
import type { Statement } from 'better-sqlite3';
import type { KnowledgeBase } from '../database/open-database.js';

const statements = new WeakMap<KnowledgeBase, Map<string, Statement>>();

export function statement(kb: KnowledgeBase, sql: string): Statement {
  let cache = statements.get(kb);
  if (!cache) statements.set(kb, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = kb.sqlite.prepare(sql)));
  return prepared;
}
