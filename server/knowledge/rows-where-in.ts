/**
 * Whole rows of one table read with plain SQL and decoded as drizzle decodes them: the knowledge
 * base's reads (knowledge-queries.ts and its neighbours) go through here, not through drizzle. A
 * CLI process runs each read once, where building the query was cold code costing a short `dref
 * show` several milliseconds, and loading drizzle and the table definitions at all cost every
 * search some more. The tables' columns come from schema/__generated__/table-columns.ts, which
 * `npm run db:generate` writes from schema/tables.ts; each table's column list is made once.
 */
import { TABLE_COLUMNS } from '../../schema/__generated__/table-columns.js';
import type * as tables from '../../schema/tables.js';
import type { KnowledgeBase } from '../database/open-database.js';

/** A table, by its name in schema/tables.ts (`entryAliases`, not `entry_aliases`). */
export type TableKey = keyof typeof TABLE_COLUMNS;
/** A row of `table`, as drizzle's `select()` returns it. */
export type Row<K extends TableKey> = (typeof tables)[K]['$inferSelect'];
/** A column of `table`, by its key in schema/tables.ts (`parentId`, not `parent_id`). */
export type ColumnKey<K extends TableKey> = keyof (typeof TABLE_COLUMNS)[K]['columns'] & string;

interface Shape {
  readonly name: string;
  /** `"entries"."id", "entries"."kind", …` */
  readonly qualified: string;
  /** `"id", "kind", …` */
  readonly unqualified: string;
  readonly keys: readonly string[];
  /** Per column: stored as 0/1 and read as a boolean. */
  readonly isBoolean: readonly boolean[];
  readonly columnNames: Readonly<Record<string, string>>;
}

const shapes = new Map<TableKey, Shape>();

function shapeOf(table: TableKey): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    const { name, columns, booleans } = TABLE_COLUMNS[table];
    const entries = Object.entries(columns) as [string, string][];
    shape = {
      name,
      qualified: entries.map(([, column]) => `"${name}"."${column}"`).join(', '),
      unqualified: entries.map(([, column]) => `"${column}"`).join(', '),
      keys: entries.map(([key]) => key),
      isBoolean: entries.map(([key]) => (booleans as readonly string[]).includes(key)),
      columnNames: columns,
    };
    shapes.set(table, shape);
  }
  return shape;
}

/** `"<table>"."<column>"` of a column key. */
export function columnSql<K extends TableKey>(table: K, column: ColumnKey<K>): string {
  const shape = shapeOf(table);
  return `"${shape.name}"."${shape.columnNames[column]}"`;
}

/** The select list of all of `table`'s columns, in the schema's order, qualified by the table's name or not. */
export function allColumnsSql(table: TableKey, qualified: boolean): string {
  const shape = shapeOf(table);
  return qualified ? shape.qualified : shape.unqualified;
}

/** A column's value as drizzle maps it: null stays null, a boolean column's 0/1 becomes false/true, the rest as SQLite gives it. */
export function decodeValue(table: TableKey, key: string, value: unknown): unknown {
  if (value === null) return null;
  const shape = shapeOf(table);
  return shape.isBoolean[shape.keys.indexOf(key)] ? Number(value) === 1 : value;
}

/** One row of `table` as drizzle's mapResultRow makes it, from raw values starting at `from`. */
export function decodeRow<K extends TableKey>(table: K, values: readonly unknown[], from = 0): Row<K> {
  const shape = shapeOf(table);
  const row: Record<string, unknown> = {};
  shape.keys.forEach((key, i) => {
    const value = values[from + i];
    row[key] = value === null ? null : shape.isBoolean[i] ? Number(value) === 1 : value;
  });
  return row as Row<K>;
}

/**
 * `select <every column> from <table> <rest>` with `params`, each row decoded: the SQL drizzle
 * writes for `select().from(table)…` (columns unqualified), so SQLite plans it, and orders rows
 * no ORDER BY fixes, the same way.
 */
export function selectRows<K extends TableKey>(kb: KnowledgeBase, table: K, rest: string, params: readonly unknown[] = []): Row<K>[] {
  const shape = shapeOf(table);
  const statement = kb.sqlite.prepare(`select ${shape.unqualified} from "${shape.name}"${rest ? ` ${rest}` : ''}`);
  return (statement.raw(true).all(...params) as unknown[][]).map((values) => decodeRow(table, values));
}

export interface OrderBy<K extends TableKey> {
  readonly column: ColumnKey<K> | 'rowid';
  readonly descending?: boolean;
}

function orderClause<K extends TableKey>(table: K, orderBy: readonly OrderBy<K>[]): string {
  if (!orderBy.length) return '';
  return ` order by ${orderBy.map((o) => `${o.column === 'rowid' ? 'rowid' : columnSql(table, o.column)} ${o.descending ? 'desc' : 'asc'}`).join(', ')}`;
}

/** The rows of `table` whose `column` is one of `keys` (none when there are no keys), in `orderBy`'s order. */
export function rowsWhereIn<K extends TableKey>(kb: KnowledgeBase, table: K, column: ColumnKey<K>, keys: readonly unknown[], orderBy: readonly OrderBy<K>[] = []): Row<K>[] {
  if (!keys.length) return [];
  const shape = shapeOf(table);
  const statement = kb.sqlite.prepare(`select ${shape.qualified} from "${shape.name}" where ${columnSql(table, column)} in (${keys.map(() => '?').join(', ')})${orderClause(table, orderBy)}`);
  return (statement.raw(true).all(...keys) as unknown[][]).map((values) => decodeRow(table, values));
}

/**
 * The rows of `table` joined to a link table's `key` column (`example_entries.entry_id` → its
 * examples), for the link key among `keys`: each as `{ key, row }`.
 */
export function linkedRowsWhereIn<L extends TableKey, K extends TableKey>(
  kb: KnowledgeBase, link: { readonly table: L; readonly key: ColumnKey<L>; readonly target: ColumnKey<L> }, table: K, id: ColumnKey<K>,
  keys: readonly unknown[], orderBy: readonly OrderBy<K>[] = [],
): { key: unknown; row: Row<K> }[] {
  if (!keys.length) return [];
  const shape = shapeOf(table);
  const linkKey = columnSql(link.table, link.key);
  const statement = kb.sqlite.prepare(`select ${linkKey}, ${shape.qualified} from "${shapeOf(link.table).name}" inner join "${shape.name}" on ${columnSql(table, id)} = ${columnSql(link.table, link.target)} where ${linkKey} in (${keys.map(() => '?').join(', ')})${orderClause(table, orderBy)}`);
  return (statement.raw(true).all(...keys) as unknown[][]).map((values) => ({ key: values[0], row: decodeRow(table, values, 1) }));
}
