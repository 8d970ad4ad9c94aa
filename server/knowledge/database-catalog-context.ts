/**
 * The catalog context read from the knowledge base on demand, for explaining a command line: the
 * commands a line names are looked up by spelling in SQLite and only their records are parsed
 * (`docker run …` reads two of the 217), instead of loading and indexing the whole catalog, which
 * took a short `dref explain` most of its time. The answers are the same as catalogContext()'s: the
 * database holds each command's record as the catalog writes it, in the catalog's order (a test
 * holds the two equal). Whatever else a context offers (the catalog's lists, every entry's names)
 * comes from catalogContext(), loaded when first asked for.
 */
import type { CommandSpec } from '../../data/catalog/types.js';
import { optionLookups, type CommandIndex } from '../commands/command-index.js';
import type { KnowledgeBase } from '../database/open-database.js';
import { catalogContext, type CatalogContext, type EntryLookup } from './catalog-context.js';

/** Command entries of the CLI itself: `docker …`, not the program's options (`docker`) nor the daemon (`dockerd`). */
const CLI_COMMAND = `e.kind = 'command' AND e.name GLOB 'docker *'`;

const contexts = new WeakMap<KnowledgeBase, CatalogContext>();

/** The context of `kb`, made once per open knowledge base. */
export function databaseCatalogContext(kb: KnowledgeBase): CatalogContext {
  let context = contexts.get(kb);
  if (!context) contexts.set(kb, (context = createDatabaseCatalogContext(kb)));
  return context;
}

function createDatabaseCatalogContext(kb: KnowledgeBase): CatalogContext {
  const index = databaseCommandIndex(kb);
  const entries: EntryLookup = {
    get(id) {
      const row = kb.sqlite.prepare('SELECT id, name, summary_ko, summary_en FROM entries WHERE id = ?').get(id) as
        { id: string; name: string; summary_ko: string; summary_en: string } | undefined;
      return row && { id: row.id, name: row.name, summary: { ko: row.summary_ko, en: row.summary_en } };
    },
  };
  return {
    index,
    entries,
    get catalog() { return catalogContext().catalog; },
    get names() { return catalogContext().names; },
  };
}

/** buildCommandIndex's answers (command-index.ts), each looked up when asked. */
function databaseCommandIndex(kb: KnowledgeBase): CommandIndex {
  const specs = new Map<number, CommandSpec>();
  const specAt = (rowid: number): CommandSpec => {
    let spec = specs.get(rowid);
    if (!spec) {
      const row = kb.sqlite.prepare('SELECT data FROM entries WHERE rowid = ?').get(rowid) as { data: string };
      specs.set(rowid, (spec = JSON.parse(row.data) as CommandSpec));
    }
    return spec;
  };
  // A command's own name wins over another's alias; of two commands with one alias, the first in the catalog.
  const bySpelling = new Map<string, CommandSpec | undefined>();
  const lookUp = (spelling: string): CommandSpec | undefined => {
    if (bySpelling.has(spelling)) return bySpelling.get(spelling);
    const name = `docker ${spelling}`;
    const row = (kb.sqlite.prepare(`SELECT e.rowid AS rowid FROM entries e WHERE ${CLI_COMMAND} AND e.name = ?`).get(name)
      ?? kb.sqlite.prepare(`SELECT e.rowid AS rowid FROM entries e JOIN entry_aliases a ON a.entry_id = e.id
          WHERE ${CLI_COMMAND} AND a.alias = ? ORDER BY e.rowid LIMIT 1`).get(name)) as { rowid: number } | undefined;
    const spec = row ? specAt(row.rowid) : undefined;
    bySpelling.set(spelling, spec);
    return spec;
  };
  let global: CommandSpec | undefined;
  let spellings: string[] | undefined;
  let commands: CommandSpec[] | undefined;
  return {
    get global() {
      if (!global) {
        const row = kb.sqlite.prepare(`SELECT rowid FROM entries WHERE kind = 'command' AND name = 'docker'`).get() as { rowid: number } | undefined;
        if (!row) throw new Error('the knowledge base has no global options entry');
        global = specAt(row.rowid);
      }
      return global;
    },
    get commands() {
      commands ??= (kb.sqlite.prepare(`SELECT e.rowid AS rowid FROM entries e WHERE ${CLI_COMMAND} ORDER BY e.rowid`).all() as { rowid: number }[])
        .map((r) => specAt(r.rowid));
      return commands;
    },
    get spellings() {
      if (!spellings) {
        // The same order as buildCommandIndex's map: each command's name, then its aliases no earlier command took.
        const rows = kb.sqlite.prepare(`SELECT e.name AS name, a.alias AS alias FROM entries e LEFT JOIN entry_aliases a ON a.entry_id = e.id
          WHERE ${CLI_COMMAND} ORDER BY e.rowid, a.rowid`).all() as { name: string; alias: string | null }[];
        const seen = new Set<string>();
        let previous: string | undefined;
        for (const { name, alias } of rows) {
          if (name !== previous) seen.add(name.slice('docker '.length));
          previous = name;
          if (alias?.startsWith('docker ')) seen.add(alias.slice('docker '.length));
        }
        spellings = [...seen];
      }
      return spellings;
    },
    bySpelling: lookUp,
    isPrefix(spelling) {
      // Names and aliases that start with `docker <spelling> `: from the space (0x20) up to, not including, `!` (0x21).
      const low = `docker ${spelling} `;
      const high = `docker ${spelling}!`;
      return !!(kb.sqlite.prepare(`SELECT 1 FROM entries e WHERE ${CLI_COMMAND} AND e.name > ? AND e.name < ? LIMIT 1`).get(low, high)
        ?? kb.sqlite.prepare(`SELECT 1 FROM entry_aliases a JOIN entries e ON e.id = a.entry_id
            WHERE ${CLI_COMMAND} AND a.alias > ? AND a.alias < ? LIMIT 1`).get(low, high));
    },
    ...optionLookups(lookUp),
  };
}
