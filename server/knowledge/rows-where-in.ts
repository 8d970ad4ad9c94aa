/**
 * `select * from <table> where <column> in (…) [order by …]`, the read the DataLoaders make for
 * every kind of row, run with the SQL drizzle writes for it and the rows decoded by the table's own
 * column mappers, as drizzle's `select().from().where(inArray())` returns them. What it skips is
 * drizzle's query builder: in a CLI process that runs each of these reads once, building the query
 * was cold code costing a short `dref show` several milliseconds. Each table's column list is made once.
 */
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KnowledgeBase } from '../database/open-database.js';

interface Shape {
  /** `"entries"."id", "entries"."kind", …` */
  readonly columns: string;
  readonly keys: readonly string[];
  readonly decoders: readonly Column[];
}

const shapes = new WeakMap<SQLiteTable, Shape>();

function shapeOf(table: SQLiteTable): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    const entries = Object.entries(getTableColumns(table)) as [string, Column][];
    const name = getTableName(table);
    shape = { columns: entries.map(([, c]) => `"${name}"."${c.name}"`).join(', '), keys: entries.map(([k]) => k), decoders: entries.map(([, c]) => c) };
    shapes.set(table, shape);
  }
  return shape;
}

/** One row as drizzle's mapResultRow makes it: null stays null, anything else goes through the column's mapper. */
function decode<T>(shape: Shape, values: readonly unknown[], from = 0): T {
  const row: Record<string, unknown> = {};
  shape.keys.forEach((key, i) => {
    const value = values[from + i];
    row[key] = value === null ? null : shape.decoders[i]!.mapFromDriverValue(value);
  });
  return row as T;
}

export interface OrderBy {
  readonly column: Column | 'rowid';
  readonly descending?: boolean;
}

function orderClause(table: SQLiteTable, orderBy: readonly OrderBy[]): string {
  if (!orderBy.length) return '';
  const name = getTableName(table);
  return ` order by ${orderBy.map((o) => `${o.column === 'rowid' ? 'rowid' : `"${name}"."${o.column.name}"`} ${o.descending ? 'desc' : 'asc'}`).join(', ')}`;
}

/** The rows of `table` whose `column` is one of `keys` (none when there are no keys), in `orderBy`'s order. */
export function rowsWhereIn<T>(kb: KnowledgeBase, table: SQLiteTable, column: Column, keys: readonly unknown[], orderBy: readonly OrderBy[] = []): T[] {
  if (!keys.length) return [];
  const shape = shapeOf(table);
  const name = getTableName(table);
  const statement = kb.sqlite.prepare(`select ${shape.columns} from "${name}" where "${name}"."${column.name}" in (${keys.map(() => '?').join(', ')})${orderClause(table, orderBy)}`);
  return (statement.raw(true).all(...keys) as unknown[][]).map((values) => decode<T>(shape, values));
}

/**
 * The rows of `table` joined to a link table's `key` column (`example_entries.entry_id` → its
 * examples), for the link key among `keys`: each as `{ key, row }`.
 */
export function linkedRowsWhereIn<T>(
  kb: KnowledgeBase, link: { readonly table: SQLiteTable; readonly key: Column; readonly target: Column }, table: SQLiteTable, id: Column,
  keys: readonly unknown[], orderBy: readonly OrderBy[] = [],
): { key: unknown; row: T }[] {
  if (!keys.length) return [];
  const shape = shapeOf(table);
  const [linkName, name] = [getTableName(link.table), getTableName(table)];
  const statement = kb.sqlite.prepare(`select "${linkName}"."${link.key.name}", ${shape.columns} from "${linkName}" inner join "${name}" on "${name}"."${id.name}" = "${linkName}"."${link.target.name}" where "${linkName}"."${link.key.name}" in (${keys.map(() => '?').join(', ')})${orderClause(table, orderBy)}`);
  return (statement.raw(true).all(...keys) as unknown[][]).map((values) => ({ key: values[0], row: decode<T>(shape, values, 1) }));
}
