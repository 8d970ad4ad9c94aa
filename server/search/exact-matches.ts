/**
 * Entries whose name or alias is the query, or ends with it as a word or flag: `restart` →
 * `docker run --restart`, `prune` → `docker image prune`, `-P` → `docker run -P`. Flags keep their
 * case (`-p` is not `-P`). Ties go to the entry the notes use most, then the shortest name.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { toIndexText } from './index-terms.js';

/** An exact match: the entry and its rank (0: exact matches are ordered among themselves). */
export interface ExactMatch {
  readonly id: string;
  readonly rank: number;
}

export function exactMatches(kb: KnowledgeBase, query: string, kinds: readonly string[]): ExactMatch[] {
  const raw = query.trim().replace(/^docker\s+/i, '');
  const q = raw.toLowerCase();
  if (!q || /\s{2,}/.test(q) || q.length > 60) return [];
  const bare = q.replace(/^-+/, '');
  const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  const shortFlag = /^-[A-Za-z]$/.test(raw);
  // Every name pattern ends with the query's words, so the name index narrows the rows to look at.
  const words = toIndexText(q);
  const nameFilter = words ? 'e.rowid IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ?) AND ' : '';
  const kindFilter = kinds.length ? ` AND e.kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const sql = `SELECT e.id, 0 AS rank FROM entries e
    WHERE ((${nameFilter}(lower(e.name) IN (?, ?, ?) OR lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE '\\'))
      OR e.id IN (SELECT entry_id FROM entry_aliases WHERE alias IN (?, ?)
        OR (lower(alias) IN (?, ?) AND alias NOT GLOB '* -[A-Za-z]')
        ${shortFlag ? 'OR alias GLOB ?' : ''}))${kindFilter}
    ORDER BY (lower(e.name) IN (?, ?, ?)) DESC, e.note_links DESC, length(e.name), e.rowid LIMIT 5`;
  const names = [q, `docker ${q}`, `concept:${q}`];
  const args: unknown[] = [...(words ? [`name : "${words}"`] : []), ...names, `% --${like(bare)}`, `docker % ${like(q)}`, raw, `docker ${raw}`, q, `docker ${q}`];
  if (shortFlag) args.push(`* ${raw}`);
  return kb.sqlite.prepare(sql).all(...args, ...kinds, ...names) as ExactMatch[];
}

/** The canonical name of the command named or aliased exactly `name` (`docker container ls` → `docker ps`, as the catalog names it). */
export function commandNamed(kb: KnowledgeBase, name: string): string | undefined {
  return kb.sqlite.prepare(`SELECT name FROM entries WHERE kind = 'command' AND (name = ? OR id IN (SELECT entry_id FROM entry_aliases WHERE alias = ?))`)
    .pluck().get(name, name) as string | undefined;
}
