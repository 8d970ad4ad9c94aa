/**
 * Entries whose name or alias is the query, or ends with it as a word or flag: `restart` →
 * `docker run --restart`, `prune` → `docker image prune`, `-P` → `docker run -P`. Flags keep their
 * case (`-p` is not `-P`). Ties go to the entry the notes use most, then the shortest name.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { toIndexText } from './index-terms.js';
import { keptPerBase } from './kept-per-base.js';

/** An exact match: the entry and its rank (0: exact matches are ordered among themselves). */
export interface ExactMatch {
  readonly id: string;
  readonly rank: number;
}

/** The program's own name, in nearly every entry's name; and the name rows that match it, kept per database and kinds. */
const PROGRAM = 'docker';
const programMatches = keptPerBase<unknown[]>(64);

export function exactMatches(kb: KnowledgeBase, query: string, kinds: readonly string[]): ExactMatch[] {
  const raw = query.trim().replace(/^docker\s+/i, '');
  const q = raw.toLowerCase();
  if (!q || /\s{2,}/.test(q) || q.length > 60) return [];
  const bare = q.replace(/^-+/, '');
  const shortFlag = /^-[A-Za-z]$/.test(raw);
  // Every name pattern ends with the query's words, so the names' own index narrows the rows to look at. Aliases are
  // looked up as typed and in lower case: the catalog writes them in lower case but for short flags (`docker run -P`),
  // whose case is their meaning (test/catalog/catalog.test.ts keeps it so). They are read through their index alone and
  // tested here; their entries, when there are any, are read by id (inside one statement, a UNION of the alias
  // lookups cost several times more, and most queries are no alias).
  const words = toIndexText(q);
  const names = [q, `docker ${q}`, `concept:${q}`];
  const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  const kindFilter = kinds.length ? ` AND e.kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const readNames = () => kb.sqlite.prepare(`SELECT e.rowid, e.id, e.name, e.note_links FROM entries e
    WHERE ${words ? 'e.rowid IN (SELECT rowid FROM entry_names WHERE entry_names MATCH ?) AND ' : ''}(lower(e.name) IN (?, ?, ?)
      OR lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE '\\')${kindFilter}`).raw()
    .all(...(words ? [`"${words}"`] : []), ...names, `% --${like(bare)}`, `docker % ${like(q)}`, ...kinds);
  // The program's own name starts nearly every entry's name, so for it the index narrows nothing and every name is tested
  // (about a millisecond): its few matches are kept per database.
  const byName = words === PROGRAM ? programMatches(kb, `${q}\n${kinds.join(',')}`, readNames) : readNames();
  const typed = new Set([raw, `docker ${raw}`]);
  const aliasRows = kb.sqlite.prepare('SELECT entry_id, alias FROM entry_aliases WHERE alias IN (?, ?, ?, ?)').raw()
    .all(raw, `docker ${raw}`, q, `docker ${q}`) as [string, string][];
  // A lower-cased alias never stands for a short flag's (`-p` is not `-P`); a short flag as typed is any command's.
  const aliasIds = [
    ...aliasRows.filter(([, alias]) => typed.has(alias) || !/ -[A-Za-z]$/.test(alias)).map(([id]) => id),
    ...(shortFlag ? kb.sqlite.prepare('SELECT entry_id FROM entry_aliases WHERE alias GLOB ?').pluck().all(`* ${raw}`) as string[] : []),
  ];
  const byAlias = aliasIds.length ? kb.sqlite.prepare(`SELECT e.rowid, e.id, e.name, e.note_links FROM entries e
    WHERE e.id IN (SELECT value FROM json_each(?))${kindFilter}`).raw().all(JSON.stringify(aliasIds), ...kinds) : [];
  const rows = [...byName, ...byAlias] as [rowid: number, id: string, name: string, noteLinks: number][];
  // The name itself first, then the entry the notes use most, then the shortest name.
  const named = (name: string) => (names.includes(name.toLowerCase()) ? 1 : 0);
  const seen = new Set<number>();
  return rows.filter(([rowid]) => !seen.has(rowid) && seen.add(rowid))
    .sort((x, y) => named(y[2]) - named(x[2]) || y[3] - x[3] || x[2].length - y[2].length || x[0] - y[0])
    .slice(0, 5).map(([, id]) => ({ id, rank: 0 }));
}

/** The canonical name of the command named or aliased exactly `name` (`docker container ls` → `docker ps`, as the catalog names it). */
export function commandNamed(kb: KnowledgeBase, name: string): string | undefined {
  // Two index lookups: with an OR between them SQLite reads every command.
  return kb.sqlite.prepare(`SELECT name FROM entries WHERE name = ? AND kind = 'command'
    UNION ALL SELECT e.name FROM entry_aliases a JOIN entries e ON e.id = a.entry_id WHERE a.alias = ? AND e.kind = 'command' LIMIT 1`)
    .pluck().get(name, name) as string | undefined;
}
