/**
 * Entry rows for one GraphQL request, read in two parts: the short columns (id, kind, name, titles,
 * summaries…) when the entry is loaded, and the long ones (bodies, keywords, the catalog record: most
 * of a row's bytes) when a field first reads one. A search page asks for names, titles and summaries
 * of ten entries; reading and decoding their bodies and records was a third of what GraphQL added to
 * the search itself. The long columns of every entry the request has loaded without them come in one
 * statement, so a page that does show bodies still costs one read more, not one per entry. The rows
 * are the same `Entry` values as a whole-row read, the long columns being getters until read.
 */
import { TABLE_COLUMNS } from '../../schema/__generated__/table-columns.js';
import type { Entry } from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';
import { decodeValue } from '../knowledge/rows-where-in.js';

/** The columns read only when a field asks for one. */
const LONG_KEYS = ['bodyKo', 'bodyEn', 'keywordsKo', 'keywordsEn', 'data'] as const satisfies readonly (keyof Entry)[];

/** Each column's key and SQL name. */
const COLUMNS = Object.entries(TABLE_COLUMNS.entries.columns) as [string, string][];
const isLong = (key: string) => (LONG_KEYS as readonly string[]).includes(key);
const SHORT = COLUMNS.filter(([key]) => key !== 'id' && !isLong(key));
const LONG = COLUMNS.filter(([key]) => isLong(key));
// Each selects the id first, then its columns.
const select = (columns: readonly [string, string][]) =>
  `SELECT "id", ${columns.map(([, name]) => `"${name}"`).join(', ')} FROM "entries" WHERE "id" IN (SELECT value FROM json_each(?))`;
const SHORT_SQL = select(SHORT);
const LONG_SQL = select(LONG);

/** Where a row's long columns come from: the request's reader, which fills every row waiting with it. */
const FILL = Symbol('fill long columns');
type LazyRow = Record<string, unknown> & { [FILL]: () => void };

// One prototype for every lazy row, so rows of every request share their shape.
const LAZY_ROW: object = {};
for (const key of LONG_KEYS) {
  Object.defineProperty(LAZY_ROW, key, {
    get(this: LazyRow) {
      this[FILL]();
      return this[key];
    },
  });
}

/** A column's value as drizzle maps it. */
const mapped = (key: string, value: unknown) => decodeValue('entries', key, value);

/** The long columns, as own properties in front of the prototype's getters. */
function fillLong(row: LazyRow, values: readonly unknown[]): void {
  LONG.forEach(([key], i) => {
    Object.defineProperty(row, key, { value: mapped(key, values[i + 1]), enumerable: true, writable: true, configurable: true });
  });
}

export interface LazyEntries {
  /** The entries with these ids that exist, in no particular order. */
  byIds(ids: readonly string[]): Entry[];
}

export function createLazyEntries(kb: KnowledgeBase): LazyEntries {
  const waiting = new Set<LazyRow>();
  const fill = () => {
    const rows = [...waiting];
    waiting.clear();
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    for (const values of kb.sqlite.prepare(LONG_SQL).raw(true).all(JSON.stringify([...byId.keys()])) as unknown[][]) {
      const row = byId.get(values[0] as string);
      if (row) fillLong(row, values);
    }
    // The request reads one database throughout, so every row is found; were one not, its getters must still not call again.
    for (const row of rows) if (!Object.hasOwn(row, LONG_KEYS[0])) fillLong(row, [row.id, ...LONG.map(() => '')]);
  };
  return {
    byIds(ids) {
      if (!ids.length) return [];
      return (kb.sqlite.prepare(SHORT_SQL).raw(true).all(JSON.stringify(ids)) as unknown[][]).map((values) => {
        const row = Object.create(LAZY_ROW) as LazyRow;
        Object.defineProperty(row, FILL, { value: fill });
        row.id = values[0];
        SHORT.forEach(([key], i) => { row[key] = mapped(key, values[i + 1]); });
        waiting.add(row);
        return row as unknown as Entry;
      });
    },
  };
}
